{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#SENT}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="sent-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="sent-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your advice has been sent to the council's SEN team.</p></div>
    </div>
{{/SENT}}
    <h1 class="govuk-heading-l">Advice requests</h1>
    <p class="govuk-body">You have been asked for advice for these EHC needs assessments and annual reviews. For an assessment the law gives 6 weeks from the day you are asked; for an annual review, advice must be in 2 weeks before the meeting so it can be sent to everyone.</p>
{{#NONE}}
    <p class="govuk-body">You have no advice to write at the moment.</p>
{{/NONE}}
{{#HAS_REQUESTS}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Waiting for your advice</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child</th>
          <th scope="col" class="govuk-table__header">Asked on</th>
          <th scope="col" class="govuk-table__header">Due by</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#REQUEST}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/cases/{{CASE_ID}}/advice">Write advice for {{CHILD}}</a></td>
          <td class="govuk-table__cell">{{ASKED}}</td>
          <td class="govuk-table__cell">{{DUE}}{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}</td>
        </tr>
{{/REQUEST}}
      </tbody>
    </table>
{{/HAS_REQUESTS}}
  </div>
</div>
