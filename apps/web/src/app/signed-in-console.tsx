import { Route, Routes } from 'react-router-dom';
import { adminFeature } from '../features/admin/routes';
import { venueFeature } from '../features/venue/routes';
import { CheckInLink } from '../features/volunteer/journey/check-in-link';
import { volunteerFeature } from '../features/volunteer/routes';
import { ConsoleLayout } from './console-layout';
import type { ConsoleFeature } from './console-route';
import { NotFoundPage } from './not-found-page';

const FEATURES: readonly ConsoleFeature[] = [volunteerFeature, venueFeature, adminFeature];

/**
 * Everything behind the sign-in: the shell and the three areas' pages. The app loads it on its own
 * (app.tsx), after the sign-in page, so that a first visit on a slow phone link shows the sign-in
 * form without waiting for the pages it cannot open yet.
 */
export default function SignedInConsole() {
  return (
    <Routes>
      {FEATURES.map((feature) => (
        <Route key={feature.basePath} path={feature.basePath} element={<ConsoleLayout feature={feature} />}>
          {feature.routes.map((route) =>
            route.path === '' ? (
              <Route key="index" index element={route.element} />
            ) : (
              <Route key={route.path} path={route.path} element={route.element} />
            ),
          )}
        </Route>
      ))}
      {/* The text of a check-in QR code: a phone's camera app opens it. */}
      <Route path="/check-in" element={<CheckInLink />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/**
 * 群众点单's public pages travel in this script (app.tsx routes /needs/* to them), not in the sign-in
 * page's: a script of their own would make the bundler split the sign-in page's script in two.
 */
export { default as PublicNeeds } from '../features/needs/public-needs';
