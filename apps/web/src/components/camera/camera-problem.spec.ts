import { cameraProblemOf } from './camera-problem';

const failure = (name: string) => Object.assign(new Error(name), { name });

describe('why the camera cannot scan', () => {
  it('tells a refused permission from a missing or busy camera', () => {
    expect(cameraProblemOf(failure('NotAllowedError'))).toBe('cameraDenied');
    expect(cameraProblemOf(failure('SecurityError'))).toBe('cameraDenied');
    expect(cameraProblemOf(failure('NotFoundError'))).toBe('cameraMissing');
    expect(cameraProblemOf(failure('OverconstrainedError'))).toBe('cameraMissing');
    expect(cameraProblemOf(failure('NotReadableError'))).toBe('cameraBusy');
  });

  it('has a general answer for anything else', () => {
    expect(cameraProblemOf(failure('TypeError'))).toBe('cameraFailed');
    expect(cameraProblemOf('no')).toBe('cameraFailed');
  });
});
