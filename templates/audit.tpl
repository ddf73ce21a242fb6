{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">Audit trail</h1>
<p class="govuk-body">Every sign-in, and every time someone opened or listed a child's record, for {{SCOPE}}. Nothing here can be changed or deleted: <code>sendhub audit verify</code> checks that.</p>
{{#ERRORS}}
<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list">
{{#ERROR}}
        <li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR}}
      </ul>
    </div>
  </div>
</div>
{{/ERRORS}}
<form method="get" action="/audit" novalidate>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group">
        <label class="govuk-label" for="child">Child's record ID</label>
        <input class="govuk-input" id="child" name="child" type="text" value="{{CHILD}}" spellcheck="false">
      </div>
    </div>
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group">
        <label class="govuk-label" for="outcome">Outcome</label>
        <select class="govuk-select" id="outcome" name="outcome">
{{#OUTCOME_OPTION}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/OUTCOME_OPTION}}
        </select>
      </div>
    </div>
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group {{FROM_GROUP_CLASS}}">
        <label class="govuk-label" for="from">From (YYYY-MM-DD)</label>
        <input class="govuk-input" id="from" name="from" type="text" value="{{FROM}}">
      </div>
    </div>
    <div class="govuk-grid-column-one-quarter">
      <div class="govuk-form-group {{TO_GROUP_CLASS}}">
        <label class="govuk-label" for="to">To (YYYY-MM-DD)</label>
        <input class="govuk-input" id="to" name="to" type="text" value="{{TO}}">
      </div>
    </div>
  </div>
  <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Filter</button>
  <a class="govuk-link govuk-!-margin-left-3" href="/audit.csv?{{QUERY}}">Download these entries as CSV</a>
</form>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Newest {{COUNT}} entries</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">No.</th>
      <th scope="col" class="govuk-table__header">When (UTC)</th>
      <th scope="col" class="govuk-table__header">Who</th>
      <th scope="col" class="govuk-table__header">Role</th>
      <th scope="col" class="govuk-table__header">What</th>
      <th scope="col" class="govuk-table__header">Record</th>
      <th scope="col" class="govuk-table__header">Outcome</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
{{#ENTRY}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{SEQUENCE}}</td>
      <td class="govuk-table__cell">{{AT}}</td>
      <td class="govuk-table__cell">{{USER}}</td>
      <td class="govuk-table__cell">{{ROLE}}</td>
      <td class="govuk-table__cell">{{ACTION}}</td>
      <td class="govuk-table__cell">{{CHILD}}</td>
      <td class="govuk-table__cell">{{OUTCOME}}</td>
    </tr>
{{/ENTRY}}
  </tbody>
</table>
