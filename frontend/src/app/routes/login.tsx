import { Navigate, useLocation, useNavigate } from 'react-router-dom';

import { PageLoader } from '@/components/page-loader';
import { LoginPage, useMe } from '@/features/auth';

import { homePathFor } from '../navigation';
import { redirectTarget } from './paths';

export function LoginRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const target = redirectTarget(location.search);

  if (me.isPending) {
    return <PageLoader />;
  }
  if (me.data) {
    return <Navigate to={target ?? homePathFor(me.data.roles) ?? '/'} replace />;
  }
  return (
    <LoginPage
      ssoError={new URLSearchParams(location.search).get('error')}
      onSignedIn={(signedIn) => navigate(target ?? homePathFor(signedIn.roles) ?? '/', { replace: true })}
    />
  );
}
