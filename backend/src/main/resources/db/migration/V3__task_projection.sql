-- What the task list shows, kept by task listeners in the engine's transaction, indexed for its filters
-- and sort (Camunda's own task query with variable filters does not scale to 100,000 open tasks).
create table task_projection (
    task_id             varchar(64)  not null,
    process_instance_id varchar(64)  not null,
    content_id          varchar(36)  not null,
    task_key            varchar(64)  not null,
    name                varchar(200) not null,
    assignee            varchar(64),
    candidate_group     varchar(32),
    due                 ${timestamp},
    priority            integer      not null,
    crisis              boolean      not null,
    platforms           varchar(200) not null,
    campaign            varchar(100),
    title               varchar(500) not null,
    created_at          ${timestamp} not null,
    constraint pk_task_projection primary key (task_id)
);
-- One index per way the list reads: a group's unclaimed queue by due date or by priority, and a user's own tasks.
create index ix_task_projection_queue_due on task_projection (candidate_group, assignee, due, task_id);
create index ix_task_projection_queue_priority on task_projection (candidate_group, assignee, priority desc, due, task_id);
create index ix_task_projection_assignee_due on task_projection (assignee, due, task_id);
create index ix_task_projection_content on task_projection (content_id);
