-- +goose Up
-- Personal data (GDPR): an erased person keeps its row where history needs it (guest counts,
-- votes, results), with every personal field removed and the day it was erased. Contacts are
-- kept for a number of years after their last invitation, per cooperation.
ALTER TABLE contacts ADD COLUMN erased_at timestamptz;
ALTER TABLE users ADD COLUMN erased_at timestamptz;
ALTER TABLE cooperations ADD COLUMN contact_retention_years integer NOT NULL DEFAULT 3
    CHECK (contact_retention_years BETWEEN 1 AND 30);

-- An erased contact keeps its legal basis (no personal value) but not the day of its consent.
ALTER TABLE contacts DROP CONSTRAINT contacts_consent_date;
ALTER TABLE contacts ADD CONSTRAINT contacts_consent_date
    CHECK (erased_at IS NOT NULL OR (legal_basis = 'CONSENT') = (consent_at IS NOT NULL));

-- The retention review looks for contacts by their last invitation.
CREATE INDEX contacts_cooperation_created_idx ON contacts (cooperation_id, created_at) WHERE erased_at IS NULL;

-- An erased contact is put on no list and invited to nothing again, whatever path tries; the
-- services hide erased contacts first, this is the last line.
-- +goose StatementBegin
CREATE FUNCTION refuse_erased_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id AND erased_at IS NOT NULL) THEN
        RAISE EXCEPTION 'contact % is erased', NEW.contact_id USING ERRCODE = 'check_violation', HINT = 'contact_erased';
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER distribution_list_members_not_erased BEFORE INSERT ON distribution_list_members
    FOR EACH ROW EXECUTE FUNCTION refuse_erased_contact();
CREATE TRIGGER invitations_not_erased BEFORE INSERT ON invitations
    FOR EACH ROW EXECUTE FUNCTION refuse_erased_contact();

-- +goose Down
DROP TRIGGER invitations_not_erased ON invitations;
DROP TRIGGER distribution_list_members_not_erased ON distribution_list_members;
DROP FUNCTION refuse_erased_contact();
DROP INDEX contacts_cooperation_created_idx;
ALTER TABLE contacts DROP CONSTRAINT contacts_consent_date;
UPDATE contacts SET legal_basis = 'LEGITIMATE_INTEREST' WHERE erased_at IS NOT NULL AND legal_basis = 'CONSENT';
ALTER TABLE contacts ADD CONSTRAINT contacts_consent_date CHECK ((legal_basis = 'CONSENT') = (consent_at IS NOT NULL));
ALTER TABLE cooperations DROP COLUMN contact_retention_years;
ALTER TABLE users DROP COLUMN erased_at;
ALTER TABLE contacts DROP COLUMN erased_at;
