-- Habeas data (Ley 1581 de 2012): on the holder's request an administrator suppresses the personal
-- data the portal keeps about an e-mail address. The observation itself stays (it is part of the public
-- record of the consultation, which the law requires), without its author's name, e-mail, client key
-- or attachment; a hearing registration stays as a count, without name or e-mail.
ALTER TABLE observation ADD COLUMN personal_data_suppressed_at DATETIME(6) NULL;
ALTER TABLE hearing_registration MODIFY email VARCHAR(254) NULL;
ALTER TABLE hearing_registration ADD COLUMN personal_data_suppressed_at DATETIME(6) NULL;
