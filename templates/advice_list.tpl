{{%AUTOESCAPE context="HTML"}}
{{#HAS_ADVICE}}
    <h2 class="govuk-heading-m">Advice</h2>
{{#ADVICE}}
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">{{FROM}}</h3></div>
      <div class="govuk-summary-card__content">
        <h4 class="govuk-heading-s">Needs seen</h4>
        <p class="govuk-body sendhub-preserve-lines">{{NEEDS}}</p>
        <h4 class="govuk-heading-s">Recommended provision</h4>
        <ul class="govuk-list govuk-list--bullet">
{{#PROVISION}}
          <li>{{WHAT}}: {{WHO}}, {{HOW_OFTEN}}, {{HOW_LONG}}</li>
{{/PROVISION}}
        </ul>
        <h4 class="govuk-heading-s">Suggested outcomes</h4>
        <p class="govuk-body sendhub-preserve-lines">{{OUTCOMES}}</p>
      </div>
    </div>
{{/ADVICE}}
{{/HAS_ADVICE}}
