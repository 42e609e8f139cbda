import { highlightSegments } from './highlight';

/** Untrusted text with the search's words marked: text nodes and <mark> elements, never markup. */
export function Highlighted({ text, pattern }: { text: string; pattern: RegExp | null }) {
  const segments = highlightSegments(text, pattern);
  if (segments.length === 1 && segments[0]?.mark === false) return <>{text}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
