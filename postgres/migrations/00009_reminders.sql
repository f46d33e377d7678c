-- Reminders by mail. Each reminder sent is marked here in the transaction that queues its mail,
-- and the key is the last line of defence against sending it twice: a task is reminded once per
-- due date and assignee, so a changed due date or a new assignee reminds again. Users may turn
-- task reminders off in their profile ("Erinnerungen per E-Mail", on by default).

-- +goose Up
CREATE TABLE task_reminders (
    task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    due_on  date NOT NULL,
    user_id uuid NOT NULL REFERENCES users (id),
    sent_at timestamptz NOT NULL,
    CONSTRAINT task_reminders_key PRIMARY KEY (task_id, due_on, user_id)
);

ALTER TABLE users ADD COLUMN email_reminders boolean NOT NULL DEFAULT true;

-- +goose Down
ALTER TABLE users DROP COLUMN email_reminders;
DROP TABLE task_reminders;
