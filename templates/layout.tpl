{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{{PAGE_TITLE}} – SENDhub</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="icon" sizes="48x48" href="{{FAVICON_URL}}">
  <link rel="stylesheet" href="{{CSS_URL}}">
  <link rel="stylesheet" href="{{OWN_CSS_URL}}">
</head>
<body class="govuk-template__body">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-template__header">
    <section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <a href="/" class="govuk-service-navigation__link">SENDhub</a>
          </span>
{{#SIGNED_IN}}
          <nav aria-label="Account" class="govuk-service-navigation__wrapper">
            <ul class="govuk-service-navigation__list">
{{#COUNCIL_TEAM}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/cases">Caseload</a></li>
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/panels">Panels</a></li>
{{/COUNCIL_TEAM}}
{{#DASHBOARD}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/dashboard">Dashboard</a></li>
{{/DASHBOARD}}
{{#REVIEWS}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/reviews">Reviews</a></li>
{{/REVIEWS}}
{{#ADVISER}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/advice">Advice requests</a></li>
{{/ADVISER}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/children">Children's records</a></li>
{{#MANAGES_PEOPLE}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/people">People</a></li>
{{/MANAGES_PEOPLE}}
              <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/account">Your account</a></li>
              <li class="govuk-service-navigation__item">
                <form method="post" action="/sign-out" class="sendhub-inline-form">
                  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                  <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Sign out<span class="govuk-visually-hidden"> {{DISPLAY_NAME}}</span></button>
                </form>
              </li>
            </ul>
          </nav>
{{/SIGNED_IN}}
        </div>
      </div>
    </section>
    <div class="govuk-width-container">
      <div class="govuk-phase-banner">
        <p class="govuk-phase-banner__content">
          <strong class="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
          <span class="govuk-phase-banner__text">This is a new service. It holds only made-up (synthetic) records while it is being built.</span>
        </p>
      </div>
    </div>
  </header>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
{{>CONTENT}}
    </main>
  </div>
  <footer class="govuk-template__footer">
    <div class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Support links</h2>
            <ul class="govuk-footer__inline-list">
              <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li>
              <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li>
            </ul>
            <span class="govuk-footer__licence-description">SENDhub: one shared record for special educational needs and disabilities.</span>
          </div>
        </div>
      </div>
    </div>
  </footer>
  <script type="module" src="{{JS_URL}}"></script>
</body>
</html>
