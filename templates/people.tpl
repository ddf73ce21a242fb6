{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
{{>ERROR_SUMMARY}}
{{#DONE}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{TEXT}}</p></div>
    </div>
{{/DONE}}
    <h1 class="govuk-heading-l">People</h1>
    <p class="govuk-body">Staff of the organisations you look after. Changing someone's role signs them out everywhere, so their next session is for the new role.</p>
    <a class="govuk-button" href="/people/invite" role="button" draggable="false" data-module="govuk-button">Invite someone</a>
    <p class="govuk-body"><a class="govuk-link" href="/account/api-tokens">API tokens for other systems</a></p>
    <table class="govuk-table" id="role">
      <caption class="govuk-table__caption govuk-table__caption--m">Staff</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Organisation</th>
          <th scope="col" class="govuk-table__header">Role</th>
          <th scope="col" class="govuk-table__header">Security codes</th>
          <th scope="col" class="govuk-table__header">Access</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#PERSON}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{NAME}}<br><span class="govuk-body-s">{{EMAIL}}</span></td>
          <td class="govuk-table__cell">{{ORGANISATION}}</td>
          <td class="govuk-table__cell">
{{#SELF}}
            {{ROLE_NAME}} <span class="govuk-body-s">(you)</span>
{{/SELF}}
{{#OTHER}}
            <form method="post" action="/people/role" class="sendhub-inline-form">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <input type="hidden" name="user_id" value="{{USER_ID}}">
              <input type="hidden" name="organisation_id" value="{{ORGANISATION_ID}}">
              <input type="hidden" name="from" value="{{ROLE}}">
              <label class="govuk-label govuk-visually-hidden" for="role-{{USER_ID}}-{{ORGANISATION_ID}}-{{ROLE}}">Role of {{NAME}} at {{ORGANISATION}}</label>
              <select class="govuk-select" id="role-{{USER_ID}}-{{ORGANISATION_ID}}-{{ROLE}}" name="role">
{{#ROLE_OPTION}}
                <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ROLE_OPTION}}
              </select>
              <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Change role<span class="govuk-visually-hidden"> of {{NAME}}</span></button>
            </form>
{{/OTHER}}
          </td>
          <td class="govuk-table__cell">{{TWO_FACTOR}}</td>
          <td class="govuk-table__cell">
{{#OTHER}}
            <form method="post" action="/people/access">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <input type="hidden" name="user_id" value="{{USER_ID}}">
{{#ENABLED}}
              <input type="hidden" name="disabled" value="1">
              <button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0">Switch off<span class="govuk-visually-hidden"> {{NAME}}'s account</span></button>
{{/ENABLED}}
{{#DISABLED}}
              <strong class="govuk-tag govuk-tag--grey">Switched off</strong>
              <input type="hidden" name="disabled" value="0">
              <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Switch on<span class="govuk-visually-hidden"> {{NAME}}'s account</span></button>
{{/DISABLED}}
            </form>
{{/OTHER}}
          </td>
        </tr>
{{/PERSON}}
      </tbody>
    </table>
  </div>
</div>
