-- The first answer to each create of the /v1 API, by the client's MS-RequestId. The SDK sends the
-- same id on every automatic retry of one call, so a retry gets this answer back instead of making
-- a second customer or order. Rows are kept for a day (the retry window is seconds).
CREATE TABLE api_idempotent_request (
    partner_id   uuid        NOT NULL REFERENCES partner (id),
    request_id   varchar(100) NOT NULL,
    operation    varchar(100) NOT NULL,
    response     text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (partner_id, request_id, operation)
);

CREATE INDEX api_idempotent_request_created_at ON api_idempotent_request (created_at);
