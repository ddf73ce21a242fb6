{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
{{#NEW_TOKEN}}
    <div class="govuk-panel govuk-panel--confirmation">
      <h2 class="govuk-panel__title">Token created</h2>
      <div class="govuk-panel__body">Copy it now: it will not be shown again<br><code id="new-token" class="sendhub-token">{{TOKEN}}</code></div>
    </div>
{{/NEW_TOKEN}}
    <h1 class="govuk-heading-l">API tokens</h1>
    <p class="govuk-body">Other systems use a token to read from SENDhub's API at <code>/api/v1</code>. Each token acts in one role for one organisation, and sees exactly what a person in that role would. Send it in the header <code>Authorization: Bearer</code>.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Tokens</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Acts as</th>
          <th scope="col" class="govuk-table__header">May read</th>
          <th scope="col" class="govuk-table__header">Last used (UTC)</th>
          <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#NO_TOKENS}}
        <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="5">There are no tokens yet.</td></tr>
{{/NO_TOKENS}}
{{#TOKEN_ROW}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{NAME}}</td>
          <td class="govuk-table__cell">{{ROLE}}, {{ORGANISATION}}</td>
          <td class="govuk-table__cell">{{SCOPES}}</td>
          <td class="govuk-table__cell">{{LAST_USED}}</td>
          <td class="govuk-table__cell">{{REVOKED}}
{{#ACTIVE}}
            <form method="post" action="/account/api-tokens/revoke">
              <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
              <input type="hidden" name="id" value="{{ID}}">
              <button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0">Revoke<span class="govuk-visually-hidden"> {{NAME}}</span></button>
            </form>
{{/ACTIVE}}
          </td>
        </tr>
{{/TOKEN_ROW}}
      </tbody>
    </table>
    <h2 class="govuk-heading-m">Create a token</h2>
    <form method="post" action="/account/api-tokens" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{NAME_GROUP_CLASS}}">
        <label class="govuk-label" for="name">Which system will use it?</label>
        <div id="name-hint" class="govuk-hint">For example, "Case management nightly sync".</div>
{{#NAME_ERROR}}
        <p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/NAME_ERROR}}
        <input class="govuk-input {{NAME_INPUT_CLASS}}" id="name" name="name" type="text" aria-describedby="name-hint" value="{{NAME}}">
      </div>
      <div class="govuk-form-group {{ROLE_GROUP_CLASS}}">
        <label class="govuk-label" for="role">Role it acts as</label>
{{#ROLE_ERROR}}
        <p id="role-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ROLE_ERROR}}
        <select class="govuk-select" id="role" name="role">
          <option value="">Choose a role</option>
{{#ROLE_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ROLE_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group {{ORGANISATION_ID_GROUP_CLASS}}">
        <label class="govuk-label" for="organisation_id">Organisation</label>
{{#ORGANISATION_ID_ERROR}}
        <p id="organisation_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ORGANISATION_ID_ERROR}}
        <select class="govuk-select" id="organisation_id" name="organisation_id">
          <option value="">Choose an organisation</option>
{{#ORGANISATION_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ORGANISATION_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group {{SCOPES_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="scopes">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What may it read?</legend>
{{#SCOPES_ERROR}}
          <p id="scopes-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/SCOPES_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
{{#SCOPE}}
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="scope-{{VALUE}}" name="scopes" type="checkbox" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="scope-{{VALUE}}">{{LABEL}}</label>
            </div>
{{/SCOPE}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Create token</button>
    </form>
  </div>
</div>
