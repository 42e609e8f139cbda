// The sample export generator: `vigil sample` and "Load sample data" call these.
export {
  SAMPLE_COLUMNS,
  SAMPLE_DEFAULTS,
  writeSample,
  writeSampleFile,
  type SampleOptions,
  type SampleSummary,
} from './writeSample';
