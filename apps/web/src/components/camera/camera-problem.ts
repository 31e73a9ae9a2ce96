/** Why the camera cannot scan, for a message the counter staff can act on. */
export type CameraProblem =
  'cameraUnsupported' | 'cameraDenied' | 'cameraMissing' | 'cameraBusy' | 'cameraFailed';

/** The DOMException names getUserMedia rejects with, grouped by what the person can do about them. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'cameraDenied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'cameraMissing';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'cameraBusy';
    default:
      return 'cameraFailed';
  }
}

/** getUserMedia exists only in a secure context (HTTPS or localhost) of a browser that has it. */
export const cameraSupported = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
