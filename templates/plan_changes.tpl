{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="/cases/{{CASE_ID}}/plan" class="govuk-back-link">Back to the plan</a>
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">What changed in version {{VERSION}}</h1>
    <p class="govuk-body">Version {{VERSION}} ({{AFTER}}) compared with version {{PREVIOUS}} ({{BEFORE}}).</p>
{{#NONE}}    <p class="govuk-body">Nothing in the plan changed between these versions.</p>{{/NONE}}
{{#CHANGE}}
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">Section {{SECTION}}: {{WHAT}} <strong class="govuk-tag {{TAG}}">{{KIND}}</strong></h2></div>
      <div class="govuk-summary-card__content">
{{#TEXT}}        <p class="govuk-body sendhub-plan__text">{{WORDS}}</p>{{/TEXT}}
{{#FIELDS}}
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Changes to {{WHAT}}</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">Before</th><th scope="col" class="govuk-table__header">Now</th></tr></thead>
          <tbody class="govuk-table__body">
{{#FIELD}}            <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{{FIELD}}</th><td class="govuk-table__cell sendhub-plan__text"><del>{{BEFORE}}</del></td><td class="govuk-table__cell sendhub-plan__text"><ins>{{AFTER}}</ins></td></tr>
{{/FIELD}}
          </tbody>
        </table>
{{/FIELDS}}
      </div>
    </div>
{{/CHANGE}}
  </div>
</div>
