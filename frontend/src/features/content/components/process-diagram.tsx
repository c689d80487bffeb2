import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

import { Alert, Center, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcessModel } from '../api/process-model';
import classes from './process-diagram.module.css';

interface Canvas {
  zoom(level: string): void;
  addMarker(element: string, marker: string): void;
}

/**
 * The deployed approval process (bpmn-js viewer, pan and zoom) with the item's current step highlighted.
 * bpmn-js is loaded only when a status page shows a diagram.
 */
export function ProcessDiagram({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const model = useProcessModel();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  const xml = model.data;

  useEffect(() => {
    if (!xml || !container.current) {
      return;
    }
    let destroyed = false;
    let viewer: { destroy(): void } | undefined;
    const element = container.current;
    void (async () => {
      try {
        const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
        if (destroyed) {
          return;
        }
        const instance = new NavigatedViewer({ container: element });
        viewer = instance;
        await instance.importXML(xml);
        if (destroyed) {
          return;
        }
        const canvas = instance.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        canvas.addMarker(activityId, classes.current ?? 'current');
        setReady(true);
      } catch {
        if (!destroyed) {
          setFailed(true);
        }
      }
    })();
    return () => {
      destroyed = true;
      viewer?.destroy();
    };
  }, [xml, activityId]);

  if (model.error || failed) {
    return (
      <Alert color="gray" data-testid="diagram-unavailable">
        {t('diagram.unavailable')}
      </Alert>
    );
  }
  return (
    <div>
      <div
        ref={container}
        className={classes.canvas}
        role="img"
        aria-label={t('diagram.label', { step: t(`diagram.steps.${activityId}`, { defaultValue: activityId }) })}
        data-testid="process-diagram"
        data-current={activityId}
        data-ready={ready}
      />
      {!ready && (
        <Center py="xs">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('diagram.current', { step: t(`diagram.steps.${activityId}`, { defaultValue: activityId }) })}
      </Text>
    </div>
  );
}
