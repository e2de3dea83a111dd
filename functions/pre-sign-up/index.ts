// Cognito pre-sign-up trigger of cognito.yml, deployed only when the config's
// cognito.autoConfirmSignUp is on: confirms self-service sign-ups at once and marks their email
// verified, so test users can sign in without the emailed code (the tutorials' shortcut). Users
// created by an administrator go through Cognito's normal flow untouched.
import type { PreSignUpTriggerEvent } from 'aws-lambda';

export async function handler(event: PreSignUpTriggerEvent): Promise<PreSignUpTriggerEvent> {
  if (event.triggerSource === 'PreSignUp_SignUp') {
    event.response.autoConfirmUser = true;
    if (event.request.userAttributes.email) event.response.autoVerifyEmail = true;
  }
  return event;
}
