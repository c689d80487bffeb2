import type { TFunction } from 'i18next';

/**
 * What an audit event means, in the user's language: the event's name made readable, and the one detail of its
 * payload that matters most (the outcome and comment of a decision, the new status, the remote URL...).
 * Shared by the status page's timeline and the audit pages.
 */

/** The translated name of an event type; unknown types are split into words ("SomethingNew" → "Something new"). */
export function eventLabel(eventType: string, t: TFunction): string {
  const fallback = eventType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return t(`auditEvent.${eventType}`, { defaultValue: fallback.charAt(0).toUpperCase() + fallback.slice(1) });
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

function platformName(value: unknown, t: TFunction): string | undefined {
  const id = text(value);
  return id ? t(`platform.${id.toLowerCase()}`, { defaultValue: id }) : undefined;
}

export function eventDetail(eventType: string, details: Record<string, unknown> | undefined, t: TFunction): string | undefined {
  if (!details) {
    return undefined;
  }
  switch (eventType) {
    case 'ReviewDecided': {
      const outcome = text(details.outcome);
      const step = text(details.step);
      const parts = [
        step ? t(`reviewStep.${step}`, { defaultValue: step }) : undefined,
        outcome ? t(`outcome.${outcome}`, { defaultValue: outcome }) : undefined,
      ].filter(Boolean);
      const comment = text(details.comment);
      return [parts.join(' · '), comment ? `“${comment}”` : undefined].filter(Boolean).join(': ') || undefined;
    }
    case 'ContentStatusChanged': {
      const from = text(details.from);
      const to = text(details.to);
      return to
        ? t('timeline.statusChange', {
            from: from ? t(`status.${from}`, { defaultValue: from }) : '—',
            to: t(`status.${to}`, { defaultValue: to }),
          })
        : undefined;
    }
    case 'ScreeningCompleted':
      return t('timeline.screening', {
        count: typeof details.findings === 'number' ? details.findings : 0,
        verdict: details.blocking === true ? t('timeline.blocking') : t('timeline.notBlocking'),
      });
    case 'PostPublished':
      return [platformName(details.platform, t), text(details.remoteUrl)].filter(Boolean).join(' · ') || undefined;
    case 'PublishAttemptFailed':
      return [platformName(details.platform, t), text(details.error)].filter(Boolean).join(' · ') || undefined;
    case 'ContentWithdrawn':
      return text(details.reason);
    case 'Escalated':
      return text(details.escalatedTo) ? t('timeline.escalatedTo', { who: text(details.escalatedTo) }) : undefined;
    case 'AttachmentAdded':
      return text(details.fileName);
    case 'LoginFailed':
      return text(details.reason);
    default:
      return undefined;
  }
}
