// Every page a visitor can reach, with the heading it must show. Each is opened with JavaScript on
// (and checked with axe-core) and with JavaScript off. A new page is one new line here.
export const pages = [
  { path: '/', heading: 'SENDhub' },
  { path: '/accessibility', heading: 'Accessibility statement' },
  { path: '/cookies', heading: 'Cookies' },
  { path: '/sign-in', heading: 'Sign in to SENDhub' },
  { path: '/forgot-password', heading: 'Reset your password' },
  { path: '/outbox', heading: 'Demo outbox' },
  { path: '/invitations/accept?token=no-such-token', heading: 'This invitation link has expired', status: 404 },
  { path: '/reset-password?token=no-such-token', heading: 'This link has expired', status: 404 },
  { path: '/no-such-page', heading: 'Page not found', status: 404 }
]
