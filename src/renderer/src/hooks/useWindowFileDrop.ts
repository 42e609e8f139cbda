// Files dragged anywhere over the window: tells whether a drag with files is over it (to show the
// overlay) and hands dropped files over. Listeners sit on the window in the capture phase, so drag
// events reach them wherever they are dispatched, even synthetic ones that do not bubble.
import { useEffect, useEffectEvent, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function useWindowFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handOver = useEffectEvent((files: File[]) => {
    onFiles(files);
  });

  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // Without preventDefault the browser refuses the drop (or, in Electron, opens the file).
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      // Moving between elements fires dragleave too; only leaving the window has no related target.
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) handOver(files);
    };
    const end = (): void => {
      setDragging(false);
    };
    const options = { capture: true };
    window.addEventListener('dragenter', over, options);
    window.addEventListener('dragover', over, options);
    window.addEventListener('dragleave', leave, options);
    window.addEventListener('drop', drop, options);
    window.addEventListener('dragend', end, options);
    return () => {
      window.removeEventListener('dragenter', over, options);
      window.removeEventListener('dragover', over, options);
      window.removeEventListener('dragleave', leave, options);
      window.removeEventListener('drop', drop, options);
      window.removeEventListener('dragend', end, options);
    };
  }, []);

  return dragging;
}
