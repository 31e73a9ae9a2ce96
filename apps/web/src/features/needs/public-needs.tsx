import { Route, Routes } from 'react-router-dom';
import { NeedFormPage } from './need-form-page';
import { NeedTrackPage } from './need-track-page';

/** 群众点单's public pages: nothing of them is downloaded before the sign-in form (see app.tsx). */
export default function PublicNeeds() {
  return (
    <Routes>
      <Route path="new" element={<NeedFormPage />} />
      <Route path="track" element={<NeedTrackPage />} />
      <Route path="*" element={<NeedFormPage />} />
    </Routes>
  );
}
