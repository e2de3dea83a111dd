// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Budgets::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json } from '../values.js';

/** The `AWS::Budgets::Budget` resource allows customers to take pre-defined actions that will trigger once a budget threshold has been exceeded. creates, replaces, or deletes budgets for Billing and Cost Management. For more information, se... */
export interface BudgetProps {
  /** The budget object that you want to create. */
  readonly Budget: Value<Budget_BudgetData>;
  /** A notification that you want to associate with a budget. A budget can have up to five notifications, and each notification can have one SNS subscriber and up to 10 email subscribers. If you include notifications and subscribers in your `... */
  readonly NotificationsWithSubscribers?: ListOf<Value<Budget_NotificationWithSubscribers>>;
  /** An optional list of tags to associate with the specified budget. Each tag consists of a key and a value, and each key must be unique for the resource. */
  readonly ResourceTags?: ListOf<Value<Budget_ResourceTag>>;
}

export interface Budget_AutoAdjustData {
  /** The string that defines whether your budget auto-adjusts based on historical or forecasted data. */
  readonly AutoAdjustType: Value<string>;
  /** The parameters that define or describe the historical data that your auto-adjusting budget is based on. */
  readonly HistoricalOptions?: Value<Budget_HistoricalOptions>;
}

export interface Budget_BudgetData {
  /** Determine the budget amount for an auto-adjusting budget. */
  readonly AutoAdjustData?: Value<Budget_AutoAdjustData>;
  readonly BillingViewArn?: Value<string>;
  /** The total amount of cost, usage, RI utilization, RI coverage, Savings Plans utilization, or Savings Plans coverage that you want to track with your budget. */
  readonly BudgetLimit?: Value<Budget_Spend>;
  /** The name of a budget. The value must be unique within an account. `BudgetName` can't include `:` and `\` characters. If you don't include value for `BudgetName` in the template, Billing and Cost Management assigns your budget a randomly... */
  readonly BudgetName?: Value<string>;
  /** Specifies whether this budget tracks costs, usage, RI utilization, RI coverage, Savings Plans utilization, or Savings Plans coverage. */
  readonly BudgetType: Value<string>;
  /** The cost filters, such as `Region` , `Service` , `LinkedAccount` , `Tag` , or `CostCategory` , that are applied to a budget. */
  readonly CostFilters?: Value<Json>;
  /** The types of costs that are included in this `COST` budget. */
  readonly CostTypes?: Value<Budget_CostTypes>;
  readonly FilterExpression?: Value<Budget_Expression>;
  readonly Metrics?: ListOf<Value<string>>;
  /** A map containing multiple `BudgetLimit` , including current or future limits. */
  readonly PlannedBudgetLimits?: Value<Json>;
  /** The period of time that is covered by a budget. The period has a start date and an end date. The start date must come before the end date. There are no restrictions on the end date. */
  readonly TimePeriod?: Value<Budget_TimePeriod>;
  /** The length of time until a budget resets the actual and forecasted spend. `DAILY` is available only for `RI_UTILIZATION` and `RI_COVERAGE` budgets. */
  readonly TimeUnit: Value<string>;
}

export interface Budget_CostCategoryValues {
  /** The unique name of the cost category. */
  readonly Key?: Value<string>;
  /** The match options that you can use to filter your results. */
  readonly MatchOptions?: ListOf<Value<string>>;
  /** The specific value of the cost category. */
  readonly Values?: ListOf<Value<string>>;
}

export interface Budget_CostTypes {
  /** Specifies whether a budget includes credits. */
  readonly IncludeCredit?: Value<boolean>;
  /** Specifies whether a budget includes discounts. */
  readonly IncludeDiscount?: Value<boolean>;
  /** Specifies whether a budget includes non-RI subscription costs. */
  readonly IncludeOtherSubscription?: Value<boolean>;
  /** Specifies whether a budget includes recurring fees such as monthly RI fees. */
  readonly IncludeRecurring?: Value<boolean>;
  /** Specifies whether a budget includes refunds. */
  readonly IncludeRefund?: Value<boolean>;
  /** Specifies whether a budget includes subscriptions. */
  readonly IncludeSubscription?: Value<boolean>;
  /** Specifies whether a budget includes support subscription fees. */
  readonly IncludeSupport?: Value<boolean>;
  /** Specifies whether a budget includes taxes. */
  readonly IncludeTax?: Value<boolean>;
  /** Specifies whether a budget includes upfront RI costs. */
  readonly IncludeUpfront?: Value<boolean>;
  /** Specifies whether a budget uses the amortized rate. */
  readonly UseAmortized?: Value<boolean>;
  /** Specifies whether a budget uses a blended rate. */
  readonly UseBlended?: Value<boolean>;
}

export interface Budget_Expression {
  /** Return results that match both Dimension objects. */
  readonly And?: ListOf<Value<Budget_Expression>>;
  /** The filter that's based on CostCategoryValues. */
  readonly CostCategories?: Value<Budget_CostCategoryValues>;
  /** The specific Dimension to use for Expression. */
  readonly Dimensions?: Value<Budget_ExpressionDimensionValues>;
  /** Return results that don't match a Dimension object. */
  readonly Not?: Value<Budget_Expression>;
  /** Return results that match either Dimension object. */
  readonly Or?: ListOf<Value<Budget_Expression>>;
  /** The specific Tag to use for Expression. */
  readonly Tags?: Value<Budget_TagValues>;
}

export interface Budget_ExpressionDimensionValues {
  /** The name of the dimension that you want to filter on. */
  readonly Key?: Value<string>;
  /** The match options that you can use to filter your results. You can specify only one of these values in the array. */
  readonly MatchOptions?: ListOf<Value<string>>;
  /** The metadata values you can specify to filter upon, so that the results all match at least one of the specified values. */
  readonly Values?: ListOf<Value<string>>;
}

export interface Budget_HistoricalOptions {
  /** The number of budget periods included in the moving-average calculation that determines your auto-adjusted budget amount. The maximum value depends on the `TimeUnit` granularity of the budget: */
  readonly BudgetAdjustmentPeriod: Value<number>;
}

export interface Budget_Notification {
  /** The comparison that's used for this notification. */
  readonly ComparisonOperator: Value<string>;
  /** Specifies whether the notification is for how much you have spent ( `ACTUAL` ) or for how much that you're forecasted to spend ( `FORECASTED` ). */
  readonly NotificationType: Value<string>;
  /** The threshold that's associated with a notification. Thresholds are always a percentage, and many customers find value being alerted between 50% - 200% of the budgeted amount. The maximum limit for your threshold is 1,000,000% above the... */
  readonly Threshold: Value<number>;
  /** The type of threshold for a notification. For `ABSOLUTE_VALUE` thresholds, AWS notifies you when you go over or are forecasted to go over your total cost threshold. For `PERCENTAGE` thresholds, AWS notifies you when you go over or are fo... */
  readonly ThresholdType?: Value<string>;
}

export interface Budget_NotificationWithSubscribers {
  /** The notification that's associated with a budget. */
  readonly Notification: Value<Budget_Notification>;
  /** A list of subscribers who are subscribed to this notification. */
  readonly Subscribers: ListOf<Value<Budget_Subscriber>>;
}

export interface Budget_ResourceTag {
  /** The key that's associated with the tag. */
  readonly Key: Value<string>;
  /** The value that's associated with the tag. */
  readonly Value?: Value<string>;
}

export interface Budget_Spend {
  /** The cost or usage amount that's associated with a budget forecast, actual spend, or budget threshold. */
  readonly Amount: Value<number>;
  /** The unit of measurement that's used for the budget forecast, actual spend, or budget threshold. */
  readonly Unit: Value<string>;
}

export interface Budget_Subscriber {
  /** The address that AWS sends budget notifications to, either an SNS topic or an email. */
  readonly Address: Value<string>;
  /** The type of notification that AWS sends to a subscriber. */
  readonly SubscriptionType: Value<string>;
}

export interface Budget_TagValues {
  /** The key for the tag. */
  readonly Key?: Value<string>;
  /** The match options that you can use to filter your results. */
  readonly MatchOptions?: ListOf<Value<string>>;
  /** The specific value of the tag. */
  readonly Values?: ListOf<Value<string>>;
}

export interface Budget_TimePeriod {
  /** The end date for a budget. If you didn't specify an end date, AWS set your end date to `06/15/87 00:00 UTC` . The defaults are the same for the Billing and Cost Management console and the API. */
  readonly End?: Value<string>;
  /** The start date for a budget. If you created your budget and didn't specify a start date, the start date defaults to the start of the chosen time period (MONTHLY, QUARTERLY, or ANNUALLY). For example, if you create your budget on January... */
  readonly Start?: Value<string>;
}

/** The `AWS::Budgets::BudgetsAction` resource enables you to take predefined actions that are initiated when a budget threshold has been exceeded. For more information, see [Managing Your Costs with Budgets](https://docs.aws.amazon.com/awsa... */
export interface BudgetsActionProps {
  /** The trigger threshold of the action. */
  readonly ActionThreshold: Value<BudgetsAction_ActionThreshold>;
  /** The type of action. This defines the type of tasks that can be carried out by this action. This field also determines the format for definition. */
  readonly ActionType: Value<string>;
  /** This specifies if the action needs manual or automatic approval. */
  readonly ApprovalModel?: Value<string>;
  /** A string that represents the budget name. ":" and "\" characters aren't allowed. */
  readonly BudgetName: Value<string>;
  /** Specifies all of the type-specific parameters. */
  readonly Definition: Value<BudgetsAction_Definition>;
  /** The role passed for action execution and reversion. Roles and actions must be in the same account. */
  readonly ExecutionRoleArn: Value<string>;
  /** The type of a notification. */
  readonly NotificationType: Value<string>;
  /** An optional list of tags to associate with the specified budget action. Each tag consists of a key and a value, and each key must be unique for the resource. */
  readonly ResourceTags?: ListOf<Value<BudgetsAction_ResourceTag>>;
  /** A list of subscribers. */
  readonly Subscribers: ListOf<Value<BudgetsAction_Subscriber>>;
}

export interface BudgetsAction_ActionThreshold {
  /** The type of threshold for a notification. */
  readonly Type: Value<string>;
  /** The threshold of a notification. */
  readonly Value: Value<number>;
}

export interface BudgetsAction_Definition {
  /** The AWS Identity and Access Management ( IAM ) action definition details. */
  readonly IamActionDefinition?: Value<BudgetsAction_IamActionDefinition>;
  /** The service control policies (SCP) action definition details. */
  readonly ScpActionDefinition?: Value<BudgetsAction_ScpActionDefinition>;
  /** The Amazon EC2 Systems Manager ( SSM ) action definition details. */
  readonly SsmActionDefinition?: Value<BudgetsAction_SsmActionDefinition>;
}

export interface BudgetsAction_IamActionDefinition {
  /** A list of groups to be attached. There must be at least one group. */
  readonly Groups?: ListOf<Value<string>>;
  /** The Amazon Resource Name (ARN) of the policy to be attached. */
  readonly PolicyArn: Value<string>;
  /** A list of roles to be attached. There must be at least one role. */
  readonly Roles?: ListOf<Value<string>>;
  /** A list of users to be attached. There must be at least one user. */
  readonly Users?: ListOf<Value<string>>;
}

export interface BudgetsAction_ResourceTag {
  /** The key that's associated with the tag. */
  readonly Key: Value<string>;
  /** The value that's associated with the tag. */
  readonly Value: Value<string>;
}

export interface BudgetsAction_ScpActionDefinition {
  /** The policy ID attached. */
  readonly PolicyId: Value<string>;
  /** A list of target IDs. */
  readonly TargetIds: ListOf<Value<string>>;
}

export interface BudgetsAction_SsmActionDefinition {
  /** The EC2 and RDS instance IDs. */
  readonly InstanceIds: ListOf<Value<string>>;
  /** The Region to run the ( SSM ) document. */
  readonly Region: Value<string>;
  /** The action subType. */
  readonly Subtype: Value<string>;
}

export interface BudgetsAction_Subscriber {
  /** The address that AWS sends budget notifications to, either an SNS topic or an email. */
  readonly Address: Value<string>;
  /** The type of notification that AWS sends to a subscriber. */
  readonly Type: Value<string>;
}
