{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="{{BACK}}" class="govuk-back-link">Back</a>
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">Ask for an EHC needs assessment for {{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Reports and letters (optional)</h1>
    <p class="govuk-body">You can add reports or letters that show what {{CHILD_NAME}} needs, such as a school report, a letter from a doctor or a therapist's report. You do not have to: the council asks for the advice it needs.</p>
{{#HAS_EVIDENCE}}
    <h2 class="govuk-heading-m">Added so far</h2>
    <ul class="govuk-list govuk-list--bullet" id="evidence">
{{#FILE}}      <li>{{TITLE}} ({{FILENAME}}, {{SIZE}})</li>
{{/FILE}}
    </ul>
{{/HAS_EVIDENCE}}
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment/evidence/upload" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{TITLE_GROUP_CLASS}}">
        <label class="govuk-label" for="title">What is it?</label>
        <div id="title-hint" class="govuk-hint">For example, speech and language therapy report, March 2026.</div>
{{#TITLE_ERROR}}        <p id="title-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
        <input class="govuk-input {{TITLE_INPUT_CLASS}}" id="title" name="title" type="text" value="{{TITLE_TYPED}}" aria-describedby="title-hint">
      </div>
      <div class="govuk-form-group {{FILE_GROUP_CLASS}}">
        <label class="govuk-label" for="file">The file</label>
        <div id="file-hint" class="govuk-hint">A PDF, a Word document, or a photo (PNG or JPEG), up to 10MB.</div>
{{#FILE_ERROR}}        <p id="file-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FILE_ERROR}}
        <input class="govuk-file-upload" id="file" name="file" type="file" aria-describedby="file-hint">
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add this file</button>
    </form>
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment/evidence" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="from_check" value="{{FROM_CHECK}}">
      <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
    </form>
  </div>
</div>
