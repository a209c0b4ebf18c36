export type UploadStage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };
