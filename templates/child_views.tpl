{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Your views and your child's views</h1>
    <p class="govuk-body">These go at the start of the plan, in your words and your child's. You write them once: every assessment and review uses them, and you can update them at any time. Fill in as many boxes as you like.</p>
    <form method="post" action="/children/{{CHILD_ID}}/views" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{LIKE_ABOUT_ME_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="like_about_me">What people like about me</label>
{{#LIKE_ABOUT_ME_ERROR}}
        <p id="like_about_me-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/LIKE_ABOUT_ME_ERROR}}
        <textarea class="govuk-textarea" id="like_about_me" name="like_about_me" rows="3">{{LIKE_ABOUT_ME}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="important_to_me">What is important to me</label>
        <textarea class="govuk-textarea" id="important_to_me" name="important_to_me" rows="3">{{IMPORTANT_TO_ME}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="support_me">How best to support me</label>
        <textarea class="govuk-textarea" id="support_me" name="support_me" rows="3">{{SUPPORT_ME}}</textarea>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="my_hopes">My hopes for the future</label>
        <textarea class="govuk-textarea" id="my_hopes" name="my_hopes" rows="3">{{MY_HOPES}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Save views</button>
    </form>
  </div>
</div>
