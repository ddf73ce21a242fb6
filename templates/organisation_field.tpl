{{%AUTOESCAPE context="HTML"}}
      <div class="govuk-form-group {{ORGANISATION_ID_GROUP_CLASS}}">
        <label class="govuk-label" for="organisation_id">Organisation they work for</label>
{{#ORGANISATION_ID_ERROR}}
        <p id="organisation_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ORGANISATION_ID_ERROR}}
        <select class="govuk-select" id="organisation_id" name="organisation_id">
          <option value="">Choose an organisation</option>
{{#ORGANISATION_CHOICE}}
          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/ORGANISATION_CHOICE}}
        </select>
      </div>
