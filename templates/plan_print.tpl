{{%AUTOESCAPE context="HTML"}}
<p class="govuk-body sendhub-no-print"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan{{QUERY}}">Back to the plan</a>. Use your browser's print command to print this page; the page prints without the menus and buttons.</p>
<h1 class="govuk-heading-xl">{{CHILD_NAME}}: EHC plan</h1>
<p class="govuk-body-l">{{STATUS}}</p>
{{>PLAN_DOCUMENT}}
