create table app_user (
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(100) not null,
    locale        varchar(16)  not null,
    enabled       boolean      not null,
    created_at    ${timestamp}    not null,
    constraint pk_app_user primary key (username)
);

create table app_user_group (
    username varchar(64) not null,
    group_id varchar(32) not null,
    constraint pk_app_user_group primary key (username, group_id),
    constraint fk_app_user_group_user foreign key (username) references app_user (username)
);
