/**
 * Outgoing webhooks: subscriptions to record events ({@code WebhookStore}), a signed JSON delivery
 * per hook and event queued after commit ({@code WebhookDispatcher}, {@code DeliveryQueue}) and sent
 * by the durable scheduler with back-off, a delivery log and automatic disabling ({@code WebhookSender}),
 * and the rule action {@code core.call-webhook}.
 */
package org.atriumcrm.core.automation.internal.webhooks;
