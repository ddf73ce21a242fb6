{{%AUTOESCAPE context="HTML"}}
{{>LANGUAGES}}
<a href="{{FULL_HREF}}" class="govuk-back-link">{{M_FULL_LINK}}</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-xl">{{TITLE}}</h1>
    <h2 class="govuk-heading-l">{{M_EASY_READ_WHAT}}</h2>
{{#EASY_READ}}
    <p class="govuk-body-l" lang="en">{{TEXT}}</p>
{{/EASY_READ}}
{{#CLOSED}}
    <p class="govuk-body-l"><strong>{{M_TEMPORARILY_CLOSED}}</strong></p>
{{/CLOSED}}
    <h2 class="govuk-heading-l">{{M_EASY_READ_WHO}}</h2>
    <p class="govuk-body-l">{{AGES}}</p>
    <p class="govuk-body-l">{{COST}}</p>
    <h2 class="govuk-heading-l">{{M_HOW_TO_GET_HELP}}</h2>
{{#START}}
    <p class="govuk-body-l">{{TEXT}}</p>
{{/START}}
{{#PHONE}}
    <p class="govuk-body-l"><a class="govuk-link" href="{{TEL}}">{{M_PHONE}} {{NUMBER}}</a></p>
{{/PHONE}}
{{#EMAIL}}
    <p class="govuk-body-l"><a class="govuk-link" href="mailto:{{ADDRESS}}">{{ADDRESS}}</a></p>
{{/EMAIL}}
    <h2 class="govuk-heading-l">{{M_WHERE_HEADING}}</h2>
{{#NO_PLACE}}
    <p class="govuk-body-l">{{TEXT}}</p>
{{/NO_PLACE}}
{{#PLACE}}
    <p class="govuk-body-l" lang="en">{{NAME}}{{#ADDRESS}}<br>{{TEXT}}{{/ADDRESS}}</p>
{{/PLACE}}
    <p class="govuk-body-l"><a class="govuk-link" href="{{FULL_HREF}}">{{M_FULL_LINK}}</a></p>
  </div>
</div>
