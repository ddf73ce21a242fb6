{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#ENDED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="ended-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="ended-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">You signed out everywhere else.</p></div>
    </div>
{{/ENDED}}
    <h1 class="govuk-heading-l">Where you are signed in</h1>
    <p class="govuk-body">If you do not recognise a device, sign out everywhere else and change your password.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Your sessions</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Device</th>
          <th scope="col" class="govuk-table__header">Signed in (UTC)</th>
          <th scope="col" class="govuk-table__header">Last used (UTC)</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#SESSION}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{DEVICE}}{{#CURRENT}} <strong class="govuk-tag">This device</strong>{{/CURRENT}}</td>
          <td class="govuk-table__cell">{{CREATED}}</td>
          <td class="govuk-table__cell">{{LAST_SEEN}}</td>
        </tr>
{{/SESSION}}
      </tbody>
    </table>
    <form method="post" action="/account/sessions/sign-out-others">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Sign out everywhere else</button>
    </form>
  </div>
</div>
