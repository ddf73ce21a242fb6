{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{ORGANISATION}}</span>
    <h1 class="govuk-heading-l">Is the entry for {{NAME}} still correct?</h1>
    <p class="govuk-body">Families use the Local Offer to find services like yours. <a class="govuk-link" href="{{PUBLIC_HREF}}">Read the entry as families see it</a> (it opens in this tab).</p>
    <form method="post" action="/local-offer/check/{{TOKEN}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="answer" value="still-correct">
      <button type="submit" class="govuk-button" data-module="govuk-button">Yes, it is still correct</button>
    </form>
    <h2 class="govuk-heading-m">Something needs changing</h2>
    <form method="post" action="/local-offer/check/{{TOKEN}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="answer" value="needs-changing">
      <div class="govuk-form-group {{WHAT_CHANGED_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="what_changed">What needs changing?</label>
        <div id="what_changed-hint" class="govuk-hint">The Local Offer team will update the entry. You can also sign in to SENDhub and edit it yourself.</div>
{{#WHAT_CHANGED_ERROR}}
        <p id="what_changed-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/WHAT_CHANGED_ERROR}}
        <textarea class="govuk-textarea" id="what_changed" name="what_changed" rows="5" aria-describedby="what_changed-hint">{{WHAT_CHANGED}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Tell the Local Offer team</button>
    </form>
  </div>
</div>
