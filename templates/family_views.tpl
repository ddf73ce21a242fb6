{{%AUTOESCAPE context="HTML"}}
    <h2 class="govuk-heading-m">In their own words</h2>
{{#VIEWS}}
{{#OUT_OF_DATE}}
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> These views are more than 12 months old. Ask the family and the child to update them before the plan is changed.</strong></div>
{{/OUT_OF_DATE}}
    <dl class="govuk-summary-list" id="views">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">What people like about me</dt><dd class="govuk-summary-list__value">{{LIKE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">What is important to me</dt><dd class="govuk-summary-list__value">{{IMPORTANT}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">How best to support me</dt><dd class="govuk-summary-list__value">{{SUPPORT}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">My hopes for the future</dt><dd class="govuk-summary-list__value">{{HOPES}}</dd></div>
    </dl>
    <p class="govuk-body-s">Written by {{BY}} on {{ON}}.</p>
{{/VIEWS}}
{{#NO_VIEWS}}    <p class="govuk-body">The family have not written their views yet.</p>
{{/NO_VIEWS}}
{{#FAMILY_CAN_ADD_VIEWS}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{CHILD_ID}}/views">Add or update your views and your child's views</a></p>
{{/FAMILY_CAN_ADD_VIEWS}}
