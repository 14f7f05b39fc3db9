"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { initialAnswer, type AnswerState } from "./answer-state";
import type { ChatRequestBody } from "./playground-request";
import { streamAnswer } from "./stream-answer";

/**
 * The answers of the latest Send: one per model column, each streaming on its own. A new Send or Stop aborts the
 * requests still running; updates from an older Send are dropped so they cannot overwrite the new answers.
 */
export function usePlaygroundRuns() {
  const [answers, setAnswers] = useState<AnswerState[]>([]);
  const controllers = useRef<AbortController[]>([]);
  const generation = useRef(0);

  const stop = useCallback(() => {
    for (const controller of controllers.current) controller.abort();
    controllers.current = [];
  }, []);

  const start = useCallback(
    (projectId: string, bodies: ChatRequestBody[]) => {
      stop();
      const current = ++generation.current;
      controllers.current = bodies.map(() => new AbortController());
      setAnswers(bodies.map((body) => initialAnswer(body.model)));
      bodies.forEach((body, index) => {
        void streamAnswer({
          projectId,
          body,
          signal: controllers.current[index]!.signal,
          update: (change) => {
            if (generation.current !== current) return;
            setAnswers((previous) => previous.map((answer, position) => (position === index ? change(answer) : answer)));
          },
        });
      });
    },
    [stop],
  );

  // Leaving the page must not leave streams running (and being paid for) in the background.
  useEffect(() => stop, [stop]);

  const running = answers.some((answer) => answer.status === "waiting" || answer.status === "streaming");
  return { answers, running, start, stop };
}
