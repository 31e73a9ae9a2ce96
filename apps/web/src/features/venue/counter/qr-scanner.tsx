import { Alert, Typography } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { codeProblem, normalizeCode } from '../shared/volunteer-code';
import { cameraProblemOf, cameraSupported, type CameraProblem } from './camera-problem';
import { counterMessages } from './counter-messages';

/** Frames are decoded a few times a second at most, at most this wide: enough for a phone screen. */
const SCAN_INTERVAL_MS = 150;
const MAX_FRAME_WIDTH = 800;

/**
 * The device camera, decoding QR codes from its frames (jsQR on a canvas) until one holds a
 * volunteer's code. The camera is on only while this is mounted: finding a code, closing the
 * scanner and leaving the page all stop it.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useMessages(counterMessages);
  const video = useRef<HTMLVideoElement>(null);
  const found = useRef(onCode);
  const [problem, setProblem] = useState<CameraProblem | undefined>(() =>
    cameraSupported() ? undefined : 'cameraUnsupported',
  );

  useEffect(() => {
    found.current = onCode;
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
        const code = qr ? normalizeCode(qr.data) : '';
        if (code && !codeProblem(code)) {
          stop();
          found.current(code);
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

  if (problem) return <Alert type="warning" showIcon message={t(problem)} data-testid="camera-problem" />;
  return (
    <div>
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 320, background: '#000', borderRadius: 8, objectFit: 'cover' }}
      />
      <Typography.Text type="secondary">{t('scanning')}</Typography.Text>
    </div>
  );
}
