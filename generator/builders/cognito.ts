// cognito.yml (SAM): sign-up and sign-in for the site. Rebuilt from the tutorials'
// `create-user-pool` / `create-user-pool-client` calls (seeds 000, 001), Wild Rydes' pool and
// browser client without a secret (seed 002), and the pre-sign-up trigger of seed 003, which
// here exists only when the config's cognito.autoConfirmSignUp asks for it (off by default:
// real users confirm the emailed code).
import { POOL_MFA, type MfaMode } from '../../functions/shared/site-config.js';
import type { Config } from '../config/load.js';
import { Template } from '../core/template.js';
import type { Suppression } from '../core/suppressions.js';
import { headerFor, stackUniqueName } from './common.js';
import { cognitoAlarms } from './alarms.js';
import { lambdaFunction } from './lambda.js';
import { regionalValue } from './region-bound.js';

export function buildCognito(config: Config): Template {
  const { cognito } = config;
  const policy = cognito.passwordPolicy;
  const validity = cognito.tokenValidity;
  const t = new Template({
    description: `Mythical Mysfits sign-in: Cognito user pool (email as username, verified by code${cognito.autoConfirmSignUp ? '; sign-ups auto-confirmed for testing' : ''}) and the site's app client.`,
    header: [
      ...headerFor('cognito.yml', 'cognito'),
      '',
      'Who may like and adopt: the user pool, and the app client the site signs in with.',
      ...(cognito.autoConfirmSignUp
        ? ['WARNING: cognito.autoConfirmSignUp is on: anyone can sign up with any address. Testing only.']
        : []),
    ],
  });

  const plus = cognito.threatProtection !== 'off';
  const userPool = t.resource('UserPool', {
    Type: 'AWS::Cognito::UserPool',
    comment: `Users sign in with their email, verified by an emailed code; errors never reveal whether an account exists (see the client).${MFA_COMMENT[cognito.mfa]}${cognito.deletionProtection ? ' Deletion protection on.' : ''} Kept with its users if the stack goes or an update replaces it.`,
    holds: "the users' accounts (passwords, verified emails, MFA devices)",
    suppress: poolSuppressions(config),
    Properties: {
      // Prefixed by the app, unique to the stack (two installs' pools are told apart).
      UserPoolName: cognito.userPoolName ?? stackUniqueName(`${config.appName}-users`),
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
      Policies: {
        PasswordPolicy: {
          MinimumLength: policy.minimumLength,
          RequireLowercase: policy.requireLowercase,
          RequireUppercase: policy.requireUppercase,
          RequireNumbers: policy.requireNumbers,
          RequireSymbols: policy.requireSymbols,
          TemporaryPasswordValidityDays: 7,
        },
      },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
      EmailConfiguration: cognito.email
        ? {
            EmailSendingAccount: 'DEVELOPER',
            SourceArn: regionalValue(cognito.email.sesIdentityArn, 'SesIdentityArn'),
            From: cognito.email.from,
            ...(cognito.email.replyTo ? { ReplyToEmailAddress: cognito.email.replyTo } : {}),
          }
        : { EmailSendingAccount: 'COGNITO_DEFAULT' },
      // TOTP only (an authenticator app): SMS would need an SNS role, a spend limit and the sandbox.
      MfaConfiguration: POOL_MFA[cognito.mfa],
      ...(cognito.mfa === 'off' ? {} : { EnabledMfas: ['SOFTWARE_TOKEN_MFA'] }),
      DeletionProtection: cognito.deletionProtection ? 'ACTIVE' : 'INACTIVE',
      // Lite has all this pool uses (10,000 free MAU, then the cheapest); Plus adds threat protection.
      UserPoolTier: plus ? 'PLUS' : 'LITE',
      ...(plus
        ? { UserPoolAddOns: { AdvancedSecurityMode: cognito.threatProtection === 'audit' ? 'AUDIT' : 'ENFORCED' } }
        : {}),
    },
  });

  const client = t.resource('UserPoolClient', {
    Type: 'AWS::Cognito::UserPoolClient',
    comment:
      'The site: no secret (a browser cannot keep one), SRP, password and refresh flows; user-existence errors prevented.',
    Properties: {
      UserPoolId: userPool.ref(),
      ClientName: `${config.appName}-site`,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      SupportedIdentityProviders: ['COGNITO'],
      AccessTokenValidity: validity.accessTokenMinutes,
      IdTokenValidity: validity.idTokenMinutes,
      RefreshTokenValidity: validity.refreshTokenDays,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      // Minutes between the password and the authenticator code: setting up an app (install,
      // scan, type) takes longer than Cognito's default 3.
      ...(cognito.mfa === 'off' ? {} : { AuthSessionValidity: MFA_SESSION_MINUTES }),
    },
  });

  if (cognito.autoConfirmSignUp) {
    lambdaFunction(t, config, {
      id: 'PreSignUpFunction',
      invokedBy: 'cognito',
      asset: 'pre-sign-up',
      comment:
        'TESTING SHORTCUT (cognito.autoConfirmSignUp): confirms sign-ups without the emailed code, as the tutorials did.',
      description: 'Pre-sign-up trigger: auto-confirms self-service sign-ups (testing only).',
      timeoutSeconds: 5,
      memoryMb: 128,
      events: {
        PreSignUp: { Type: 'Cognito', Properties: { UserPool: userPool.ref(), Trigger: 'PreSignUp' } },
      },
    });
  }

  cognitoAlarms(t, config, { pool: userPool.id, client: client.id });

  t.output('UserPoolId', { Description: 'The user pool.', Value: userPool.ref() });
  t.output('UserPoolArn', {
    Description: 'ARN of the user pool, for the API authorizer.',
    Value: userPool.getAtt('Arn'),
  });
  t.output('UserPoolClientId', { Description: "The site's app client.", Value: client.ref() });
  t.output('UserPoolProviderUrl', {
    Description: 'Issuer URL of the pool (its tokens carry it; signing keys under /.well-known/jwks.json).',
    Value: userPool.getAtt('ProviderURL'),
  });
  return t;
}

/** What COG1 asks of a password policy (cdk-nag AwsSolutions-COG1). */
const STRONG = { minimumLength: 8, requireUppercase: true, requireNumbers: true, requireSymbols: true } as const;

/** The app client's AuthSessionValidity when MFA is on (Cognito allows 3 to 15). */
const MFA_SESSION_MINUTES = 10;

const MFA_COMMENT: Record<MfaMode, string> = {
  off: '',
  optional: ' Users may add an authenticator app (TOTP) and are then asked for its code at every sign-in.',
  required: ' Every sign-in asks for an authenticator (TOTP) code; a user without one sets it up at sign-in.',
};

const COG2_REASON: Record<Exclude<MfaMode, 'required'>, string> = {
  off: 'MFA is off by the config (cognito.mfa, default off): a catalogue of likes and adoptions holds no data worth a second factor for every visitor; cognito.mfa optional or required turns on authenticator (TOTP) codes, which the site enrols and asks for.',
  optional:
    "MFA is optional by the config (cognito.mfa): each user may turn on authenticator codes on the site's Two-step sign-in page and is then always asked for one; cognito.mfa required makes every user enrol.",
};

/** The pool's answers to the rule packs, for what the config chose. */
function poolSuppressions(config: Config): Suppression[] {
  const { cognito } = config;
  const policy = cognito.passwordPolicy;
  const weaker = (Object.keys(STRONG) as (keyof typeof STRONG)[]).filter((k) =>
    k === 'minimumLength' ? policy.minimumLength < STRONG.minimumLength : !policy[k],
  );
  const out: Suppression[] = [];
  if (cognito.mfa !== 'required') {
    out.push({
      rule: 'AwsSolutions-COG2',
      reason: COG2_REASON[cognito.mfa],
    });
  }
  if (weaker.length) {
    out.push({
      rule: 'AwsSolutions-COG1',
      reason: `The config's cognito.passwordPolicy relaxes ${weaker.join(', ')} on purpose; the generated default requires all of them.`,
    });
  }
  if (cognito.threatProtection === 'off') {
    out.push({
      rule: 'AwsSolutions-COG8',
      reason:
        'Threat protection needs the Plus feature plan, billed $0.02 per monthly active user with no free tier (about $20 a month for 1,000 users) against nothing on the Lite plan up to 10,000; cognito.threatProtection turns it on.',
    });
  }
  return out;
}
