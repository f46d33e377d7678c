-- Planning warnings: one-off corrections of Berlin's public-holiday calendar, which otherwise
-- comes from the maintained library (github.com/rickar/cal/v2/de).

-- +goose Up
CREATE TABLE public_holiday_overrides (
    day        date PRIMARY KEY,
    name       text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    -- false removes a day the library lists
    is_holiday boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Berlin's one-off holidays so far (Gesetz über die Sonn- und Feiertage, amendments 2019 and 2024).
INSERT INTO public_holiday_overrides (day, name) VALUES
    ('2020-05-08', 'Tag der Befreiung (75. Jahrestag)'),
    ('2025-05-08', 'Tag der Befreiung (80. Jahrestag)');

-- +goose Down
DROP TABLE public_holiday_overrides;
