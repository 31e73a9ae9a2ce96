import { Alert, Typography } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { cameraProblemOf, cameraSupported, type CameraProblem } from './camera-problem';

/** Frames are decoded a few times a second at most, at most this wide: enough for a phone screen. */
const SCAN_INTERVAL_MS = 150;
const MAX_FRAME_WIDTH = 800;

export interface QrScannerProps {
  /**
   * What a decoded QR code's text is worth to the page: the value to hand on, or undefined to keep
   * scanning (a QR code of something else).
   */
  readonly accept: (text: string) => string | undefined;
  readonly onCode: (value: string) => void;
  /** The hint under the picture: what to hold in front of the camera. */
  readonly hint: string;
  /** Why the camera cannot scan, in the page's words (each says what to do instead). */
  readonly describeProblem: (problem: CameraProblem) => string;
}

/**
 * The device camera, decoding QR codes from its frames (jsQR on a canvas) until one the page
 * accepts. The camera is on only while this is mounted: finding a code, closing the scanner and
 * leaving the page all stop it. Used by the venue counter (a volunteer's redemption code) and the
 * volunteer's check-in (the code on the organiser's screen).
 */
export function QrScanner({ accept, onCode, hint, describeProblem }: QrScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const found = useRef(onCode);
  const accepts = useRef(accept);
  const [problem, setProblem] = useState<CameraProblem | undefined>(() =>
    cameraSupported() ? undefined : 'cameraUnsupported',
  );

  useEffect(() => {
    found.current = onCode;
    accepts.current = accept;
  });

  useEffect(() => {
    if (!cameraSupported()) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };

    const scan = () => {
      if (stopped) return;
      const element = video.current;
      if (element && context && element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        const scale = Math.min(1, MAX_FRAME_WIDTH / element.videoWidth);
        const width = Math.round(element.videoWidth * scale);
        const height = Math.round(element.videoHeight * scale);
        canvas.width = width;
        canvas.height = height;
        context.drawImage(element, 0, 0, width, height);
        const image = context.getImageData(0, 0, width, height);
        const qr = jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' });
        const value = qr ? accepts.current(qr.data) : undefined;
        if (value) {
          stop();
          found.current(value);
          return;
        }
      }
      timer = setTimeout(scan, SCAN_INTERVAL_MS);
    };

    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(
      (opened) => {
        if (stopped) {
          opened.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = opened;
        const element = video.current;
        if (element) {
          element.srcObject = opened;
          void element.play().catch(() => undefined);
        }
        scan();
      },
      (error: unknown) => {
        if (!stopped) setProblem(cameraProblemOf(error));
      },
    );
    return stop;
  }, []);

  if (problem) {
    return <Alert type="warning" showIcon message={describeProblem(problem)} data-testid="camera-problem" />;
  }
  return (
    <div>
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 320, background: '#000', borderRadius: 8, objectFit: 'cover' }}
      />
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </div>
  );
}
