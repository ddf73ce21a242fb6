{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{ORGANISATION}}</span>
<h1 class="govuk-heading-l">Manage the Local Offer</h1>
{{#NOTICE}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="notice-title" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="notice-title">Success</h2></div>
  <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading" id="notice">{{TEXT}}</p></div>
</div>
{{/NOTICE}}
{{#TEAM}}
<p class="govuk-body">You check and approve the directory families search at <a class="govuk-link" href="/local-offer">/local-offer</a>. Changes that providers propose wait here until you publish them.</p>
<h2 class="govuk-heading-m" id="waiting">Changes waiting for approval ({{CHANGE_COUNT}})</h2>
{{/TEAM}}
{{#PROVIDER}}
<p class="govuk-body">Keep your entries right: families rely on them. Your changes go to the council's Local Offer team, who publish them.</p>
<h2 class="govuk-heading-m" id="waiting">Your changes waiting for approval ({{CHANGE_COUNT}})</h2>
{{/PROVIDER}}
{{#NO_CHANGES}}
<p class="govuk-body">None.</p>
{{/NO_CHANGES}}
<ul class="govuk-list">
{{#CHANGE}}
  <li><a class="govuk-link" href="{{HREF}}">{{SERVICE}}</a>: {{FIELDS}} fields, proposed by {{BY}} on {{WHEN}}</li>
{{/CHANGE}}
</ul>
{{#TEAM}}
<p class="govuk-body"><a class="govuk-link" href="/local-offer/manage/problems">Problems reported by families ({{PROBLEM_COUNT}})</a></p>
{{/TEAM}}
<h2 class="govuk-heading-m" id="overdue">Past their check date ({{OVERDUE_COUNT}})</h2>
{{#NONE_OVERDUE}}
<p class="govuk-body">Every entry has been checked within its review interval.</p>
{{/NONE_OVERDUE}}
{{#TEAM}}
<form method="post" action="/local-offer/manage/reminders">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Email providers of entries past their check date</button>
</form>
{{/TEAM}}
<table class="govuk-table" id="overdue-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Entries past their check date</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Service</th><th scope="col" class="govuk-table__header">Provider</th>
    <th scope="col" class="govuk-table__header">Last checked</th><th scope="col" class="govuk-table__header">Days overdue</th>
    <th scope="col" class="govuk-table__header">Provider reminded</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
  </tr></thead>
  <tbody class="govuk-table__body">
{{#OVERDUE_SERVICE}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/local-offer/manage/services/{{ID}}">{{NAME}}</a>{{#WAITING}} <strong class="govuk-tag govuk-tag--yellow">Change waiting</strong>{{/WAITING}}</td>
      <td class="govuk-table__cell">{{ORGANISATION}}</td><td class="govuk-table__cell">{{LAST_CHECKED}}</td>
      <td class="govuk-table__cell">{{DAYS_OVERDUE}}</td><td class="govuk-table__cell">{{REMINDED}}</td>
      <td class="govuk-table__cell">
        <form method="post" action="/local-offer/manage/services/{{ID}}/checked" class="sendhub-inline-form">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Still correct<span class="govuk-visually-hidden">: {{NAME}}</span></button>
        </form>
      </td>
    </tr>
{{/OVERDUE_SERVICE}}
  </tbody>
</table>
<h2 class="govuk-heading-m" id="current">Checked and up to date</h2>
<table class="govuk-table" id="current-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Entries checked within their review interval</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Service</th><th scope="col" class="govuk-table__header">Provider</th>
    <th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Last checked</th>
    <th scope="col" class="govuk-table__header">Next check due</th>
  </tr></thead>
  <tbody class="govuk-table__body">
{{#CURRENT_SERVICE}}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/local-offer/manage/services/{{ID}}">{{NAME}}</a>{{#WAITING}} <strong class="govuk-tag govuk-tag--yellow">Change waiting</strong>{{/WAITING}}</td>
      <td class="govuk-table__cell">{{ORGANISATION}}</td><td class="govuk-table__cell">{{STATUS}}</td>
      <td class="govuk-table__cell">{{LAST_CHECKED}}</td><td class="govuk-table__cell">{{DUE}}</td>
    </tr>
{{/CURRENT_SERVICE}}
  </tbody>
</table>
