{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-xl">SENDhub</h1>
    <p class="govuk-body-l">One shared record for children and young people with special educational needs and disabilities (SEND), so that families tell their story once.</p>
    <p class="govuk-body">SENDhub is used by a local area's SEND partnership: the council's special educational needs team, the NHS, schools and other settings, social care, and the families and young people they work with.</p>
    <a href="/sign-in" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">
      Sign in
      <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
      </svg>
    </a>

    <h2 class="govuk-heading-m">Who it is for</h2>
    <ul class="govuk-list govuk-list--bullet">
      <li>parents and carers, and young people aged 16 to 25, who want to see where their education, health and care (EHC) plan is up to</li>
      <li>council caseworkers who run EHC needs assessments and annual reviews</li>
      <li>schools, colleges and early years settings, who give advice and hold review meetings</li>
      <li>health and social care professionals who contribute advice</li>
      <li>the partnership board, who need to see how well the area is doing</li>
    </ul>

    <h2 class="govuk-heading-m">What SENDhub does</h2>
    <p class="govuk-body">Some parts are still being built. We say so below rather than link to pages that do not exist yet.</p>
    <dl class="govuk-summary-list">
{{#PARTS}}
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{NAME}}</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body">{{DESCRIPTION}}</p>
{{#LINK}}
          <p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Search the Local Offer</a></p>
{{/LINK}}
          <strong class="govuk-tag {{TAG_CLASS}}">{{STATUS}}</strong>
        </dd>
      </div>
{{/PARTS}}
    </dl>
{{#HAS_AUTHORITIES}}
    <h2 class="govuk-heading-m">Local areas on this server</h2>
    <ul class="govuk-list">
{{#AUTHORITY}}
      <li>{{NAME}} (local authority code {{CODE}})</li>
{{/AUTHORITY}}
    </ul>
{{/HAS_AUTHORITIES}}
  </div>
</div>
