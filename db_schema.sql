-- rxtracker database schema, generated from rxtracker/db/models.py.
-- Do not edit: run `python -m rxtracker.db.schema > db_schema.sql`.
PRAGMA user_version = 8;

CREATE TRIGGER activity_words_delete AFTER DELETE ON activity BEGIN DELETE FROM activity_words WHERE rowid = old.id; END;

CREATE TRIGGER activity_words_insert AFTER INSERT ON activity BEGIN INSERT INTO activity_words (rowid, words) VALUES (new.id, new.title || ' ' || new.provider || ' ' || coalesce(new.uan, '') || ' ' || new.notes || ' ' || (CASE substr(new.completed_on, 6, 2) WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' WHEN '12' THEN 'December' ELSE '' END) || ' ' || CAST(substr(new.completed_on, 9, 2) AS INTEGER) || ', ' || substr(new.completed_on, 1, 4) || ' ' || new.completed_on || ' ' || (CASE new.topic WHEN '01' THEN 'Medicines and disease states (topic 01)' WHEN '02' THEN 'HIV/AIDS therapy (topic 02)' WHEN '03' THEN 'Pharmacy law (topic 03)' WHEN '04' THEN 'General pharmacy (topic 04)' WHEN '05' THEN 'Patient safety (topic 05)' WHEN '06' THEN 'Immunizations (topic 06)' WHEN '07' THEN 'Compounding (topic 07)' WHEN '08' THEN 'Pain management (topic 08)' WHEN '99' THEN 'Other topics (name not confirmed by ACPE) (topic 99)' ELSE '' END) || ' ' || coalesce((SELECT group_concat(t.tag || ' ' || (CASE t.tag WHEN 'law' THEN 'Pharmacy law' WHEN 'patient-safety' THEN 'Patient safety' WHEN 'texas-law' THEN 'Texas pharmacy law or rules' WHEN 'medication-errors' THEN 'Prevention of medication errors' WHEN 'human-trafficking' THEN 'Human-trafficking prevention' WHEN 'cultural-competency' THEN 'Cultural competency' WHEN 'sterile-compounding' THEN 'Sterile compounding' WHEN 'nonsterile-compounding' THEN 'Nonsterile compounding' WHEN 'immunization' THEN 'Immunization' WHEN 'pain-management' THEN 'Pain and symptom management' WHEN 'implicit-bias' THEN 'Implicit bias' WHEN 'ethics' THEN 'Pharmacy ethics' WHEN 'opioids' THEN 'Opioids and controlled substances' WHEN 'nuclear' THEN 'Nuclear pharmacy' WHEN 'long-term-care' THEN 'Long-term care' WHEN 'oncology' THEN 'Oncology' WHEN 'board-approved' THEN 'Approved by the state board' WHEN 'jurisprudence' THEN 'Pharmacy ethics and jurisprudence' WHEN 'medication-safety' THEN 'Medication safety' WHEN 'sexual-harassment' THEN 'Sexual-harassment prevention' WHEN 'hazardous-drugs' THEN 'Hazardous drug handling' ELSE replace(t.tag, '-', ' ') END), ' ') FROM activity_tag AS t WHERE t.activity_id = new.id), '')); END;

CREATE TRIGGER activity_words_tag AFTER INSERT ON activity_tag BEGIN UPDATE activity_words SET words = (SELECT activity.title || ' ' || activity.provider || ' ' || coalesce(activity.uan, '') || ' ' || activity.notes || ' ' || (CASE substr(activity.completed_on, 6, 2) WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' WHEN '12' THEN 'December' ELSE '' END) || ' ' || CAST(substr(activity.completed_on, 9, 2) AS INTEGER) || ', ' || substr(activity.completed_on, 1, 4) || ' ' || activity.completed_on || ' ' || (CASE activity.topic WHEN '01' THEN 'Medicines and disease states (topic 01)' WHEN '02' THEN 'HIV/AIDS therapy (topic 02)' WHEN '03' THEN 'Pharmacy law (topic 03)' WHEN '04' THEN 'General pharmacy (topic 04)' WHEN '05' THEN 'Patient safety (topic 05)' WHEN '06' THEN 'Immunizations (topic 06)' WHEN '07' THEN 'Compounding (topic 07)' WHEN '08' THEN 'Pain management (topic 08)' WHEN '99' THEN 'Other topics (name not confirmed by ACPE) (topic 99)' ELSE '' END) || ' ' || coalesce((SELECT group_concat(t.tag || ' ' || (CASE t.tag WHEN 'law' THEN 'Pharmacy law' WHEN 'patient-safety' THEN 'Patient safety' WHEN 'texas-law' THEN 'Texas pharmacy law or rules' WHEN 'medication-errors' THEN 'Prevention of medication errors' WHEN 'human-trafficking' THEN 'Human-trafficking prevention' WHEN 'cultural-competency' THEN 'Cultural competency' WHEN 'sterile-compounding' THEN 'Sterile compounding' WHEN 'nonsterile-compounding' THEN 'Nonsterile compounding' WHEN 'immunization' THEN 'Immunization' WHEN 'pain-management' THEN 'Pain and symptom management' WHEN 'implicit-bias' THEN 'Implicit bias' WHEN 'ethics' THEN 'Pharmacy ethics' WHEN 'opioids' THEN 'Opioids and controlled substances' WHEN 'nuclear' THEN 'Nuclear pharmacy' WHEN 'long-term-care' THEN 'Long-term care' WHEN 'oncology' THEN 'Oncology' WHEN 'board-approved' THEN 'Approved by the state board' WHEN 'jurisprudence' THEN 'Pharmacy ethics and jurisprudence' WHEN 'medication-safety' THEN 'Medication safety' WHEN 'sexual-harassment' THEN 'Sexual-harassment prevention' WHEN 'hazardous-drugs' THEN 'Hazardous drug handling' ELSE replace(t.tag, '-', ' ') END), ' ') FROM activity_tag AS t WHERE t.activity_id = activity.id), '') FROM activity WHERE activity.id = new.activity_id) WHERE rowid = new.activity_id; END;

CREATE TRIGGER activity_words_untag AFTER DELETE ON activity_tag BEGIN UPDATE activity_words SET words = (SELECT activity.title || ' ' || activity.provider || ' ' || coalesce(activity.uan, '') || ' ' || activity.notes || ' ' || (CASE substr(activity.completed_on, 6, 2) WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' WHEN '12' THEN 'December' ELSE '' END) || ' ' || CAST(substr(activity.completed_on, 9, 2) AS INTEGER) || ', ' || substr(activity.completed_on, 1, 4) || ' ' || activity.completed_on || ' ' || (CASE activity.topic WHEN '01' THEN 'Medicines and disease states (topic 01)' WHEN '02' THEN 'HIV/AIDS therapy (topic 02)' WHEN '03' THEN 'Pharmacy law (topic 03)' WHEN '04' THEN 'General pharmacy (topic 04)' WHEN '05' THEN 'Patient safety (topic 05)' WHEN '06' THEN 'Immunizations (topic 06)' WHEN '07' THEN 'Compounding (topic 07)' WHEN '08' THEN 'Pain management (topic 08)' WHEN '99' THEN 'Other topics (name not confirmed by ACPE) (topic 99)' ELSE '' END) || ' ' || coalesce((SELECT group_concat(t.tag || ' ' || (CASE t.tag WHEN 'law' THEN 'Pharmacy law' WHEN 'patient-safety' THEN 'Patient safety' WHEN 'texas-law' THEN 'Texas pharmacy law or rules' WHEN 'medication-errors' THEN 'Prevention of medication errors' WHEN 'human-trafficking' THEN 'Human-trafficking prevention' WHEN 'cultural-competency' THEN 'Cultural competency' WHEN 'sterile-compounding' THEN 'Sterile compounding' WHEN 'nonsterile-compounding' THEN 'Nonsterile compounding' WHEN 'immunization' THEN 'Immunization' WHEN 'pain-management' THEN 'Pain and symptom management' WHEN 'implicit-bias' THEN 'Implicit bias' WHEN 'ethics' THEN 'Pharmacy ethics' WHEN 'opioids' THEN 'Opioids and controlled substances' WHEN 'nuclear' THEN 'Nuclear pharmacy' WHEN 'long-term-care' THEN 'Long-term care' WHEN 'oncology' THEN 'Oncology' WHEN 'board-approved' THEN 'Approved by the state board' WHEN 'jurisprudence' THEN 'Pharmacy ethics and jurisprudence' WHEN 'medication-safety' THEN 'Medication safety' WHEN 'sexual-harassment' THEN 'Sexual-harassment prevention' WHEN 'hazardous-drugs' THEN 'Hazardous drug handling' ELSE replace(t.tag, '-', ' ') END), ' ') FROM activity_tag AS t WHERE t.activity_id = activity.id), '') FROM activity WHERE activity.id = old.activity_id) WHERE rowid = old.activity_id; END;

CREATE TRIGGER activity_words_update AFTER UPDATE OF title, provider, uan, notes, completed_on, topic ON activity BEGIN UPDATE activity_words SET words = new.title || ' ' || new.provider || ' ' || coalesce(new.uan, '') || ' ' || new.notes || ' ' || (CASE substr(new.completed_on, 6, 2) WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' WHEN '12' THEN 'December' ELSE '' END) || ' ' || CAST(substr(new.completed_on, 9, 2) AS INTEGER) || ', ' || substr(new.completed_on, 1, 4) || ' ' || new.completed_on || ' ' || (CASE new.topic WHEN '01' THEN 'Medicines and disease states (topic 01)' WHEN '02' THEN 'HIV/AIDS therapy (topic 02)' WHEN '03' THEN 'Pharmacy law (topic 03)' WHEN '04' THEN 'General pharmacy (topic 04)' WHEN '05' THEN 'Patient safety (topic 05)' WHEN '06' THEN 'Immunizations (topic 06)' WHEN '07' THEN 'Compounding (topic 07)' WHEN '08' THEN 'Pain management (topic 08)' WHEN '99' THEN 'Other topics (name not confirmed by ACPE) (topic 99)' ELSE '' END) || ' ' || coalesce((SELECT group_concat(t.tag || ' ' || (CASE t.tag WHEN 'law' THEN 'Pharmacy law' WHEN 'patient-safety' THEN 'Patient safety' WHEN 'texas-law' THEN 'Texas pharmacy law or rules' WHEN 'medication-errors' THEN 'Prevention of medication errors' WHEN 'human-trafficking' THEN 'Human-trafficking prevention' WHEN 'cultural-competency' THEN 'Cultural competency' WHEN 'sterile-compounding' THEN 'Sterile compounding' WHEN 'nonsterile-compounding' THEN 'Nonsterile compounding' WHEN 'immunization' THEN 'Immunization' WHEN 'pain-management' THEN 'Pain and symptom management' WHEN 'implicit-bias' THEN 'Implicit bias' WHEN 'ethics' THEN 'Pharmacy ethics' WHEN 'opioids' THEN 'Opioids and controlled substances' WHEN 'nuclear' THEN 'Nuclear pharmacy' WHEN 'long-term-care' THEN 'Long-term care' WHEN 'oncology' THEN 'Oncology' WHEN 'board-approved' THEN 'Approved by the state board' WHEN 'jurisprudence' THEN 'Pharmacy ethics and jurisprudence' WHEN 'medication-safety' THEN 'Medication safety' WHEN 'sexual-harassment' THEN 'Sexual-harassment prevention' WHEN 'hazardous-drugs' THEN 'Hazardous drug handling' ELSE replace(t.tag, '-', ' ') END), ' ') FROM activity_tag AS t WHERE t.activity_id = new.id), '') WHERE rowid = new.id; END;

CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history BEGIN SELECT RAISE(ABORT, 'change history cannot be deleted'); END;

CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history BEGIN SELECT RAISE(ABORT, 'change history cannot be changed'); END;

CREATE TABLE activity (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	person_id INTEGER NOT NULL,
	title VARCHAR(500) NOT NULL,
	provider VARCHAR(300) NOT NULL,
	completed_on DATE NOT NULL,
	hours_hundredths INTEGER NOT NULL,
	uan VARCHAR(40),
	format VARCHAR(10),
	topic VARCHAR(2),
	audience VARCHAR(1),
	category VARCHAR(20) NOT NULL,
	source VARCHAR(10) NOT NULL,
	notes TEXT NOT NULL,
	recognized_program VARCHAR(60),
	cpe_monitor_seen_on DATE,
	import_batch_id INTEGER,
	verification VARCHAR(10) DEFAULT 'unverified' NOT NULL,
	verified_by_id INTEGER,
	verified_by_user VARCHAR(100),
	verified_at DATETIME,
	verification_note TEXT DEFAULT '' NOT NULL,
	archive_report TEXT DEFAULT '' NOT NULL,
	version INTEGER DEFAULT 1 NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT activity_hours_range CHECK (hours_hundredths > 0 AND hours_hundredths <= 10000),
	CONSTRAINT activity_format CHECK (format IS NULL OR format IN ('live', 'home', 'unknown')),
	CONSTRAINT activity_audience CHECK (audience IS NULL OR audience IN ('T', 'P')),
	CONSTRAINT activity_category CHECK (category IN ('acpe', 'college', 'in-service', 'employer', 'other')),
	CONSTRAINT activity_source CHECK (source IN ('manual', 'import')),
	CONSTRAINT activity_verification CHECK (verification IN ('unverified', 'verified', 'returned')),
	CONSTRAINT activity_title_not_blank CHECK (length(trim(title)) > 0),
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE,
	FOREIGN KEY(import_batch_id) REFERENCES import_batch (id) ON DELETE SET NULL,
	FOREIGN KEY(verified_by_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE TABLE activity_tag (
	activity_id INTEGER NOT NULL,
	tag VARCHAR(60) NOT NULL,
	PRIMARY KEY (activity_id, tag),
	FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE
);

CREATE VIRTUAL TABLE activity_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE TABLE 'activity_words_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'activity_words_content'(id INTEGER PRIMARY KEY, c0);

CREATE TABLE 'activity_words_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'activity_words_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'activity_words_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE attachment (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	activity_id INTEGER NOT NULL,
	stored_name VARCHAR(100) NOT NULL,
	original_name VARCHAR(255) NOT NULL,
	media_type VARCHAR(50) NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	size_bytes INTEGER NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT attachment_once_per_activity UNIQUE (activity_id, sha256),
	CONSTRAINT attachment_size CHECK (size_bytes >= 0),
	FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE
);

CREATE TABLE change_history (
	id INTEGER NOT NULL,
	changed_at DATETIME NOT NULL,
	app_user VARCHAR(100) NOT NULL,
	acting_person_id INTEGER,
	entity VARCHAR(20) NOT NULL,
	entity_id INTEGER NOT NULL,
	action VARCHAR(10) NOT NULL,
	changes TEXT NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT change_history_entity CHECK (entity IN ('person', 'credential', 'activity')),
	CONSTRAINT change_history_action CHECK (action IN ('create', 'update', 'delete'))
);

CREATE TABLE credential (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	person_id INTEGER NOT NULL,
	type_id VARCHAR(60) NOT NULL,
	number VARCHAR(60),
	state VARCHAR(2),
	issued_on DATE,
	expires_on DATE,
	cycle_start DATE,
	status_notes TEXT NOT NULL,
	initial_cycle BOOLEAN DEFAULT 0 NOT NULL,
	version INTEGER DEFAULT 1 NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT credential_cycle_order CHECK (cycle_start IS NULL OR cycle_start <= expires_on),
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE credential_audit (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	credential_id INTEGER NOT NULL,
	noticed_on DATE NOT NULL,
	due_on DATE NOT NULL,
	cycle_expires_on DATE,
	submitted_on DATE,
	outcome VARCHAR(10) NOT NULL,
	outcome_on DATE,
	note TEXT NOT NULL,
	recorded_at DATETIME NOT NULL,
	CONSTRAINT credential_audit_outcome CHECK (outcome IN ('', 'passed', 'failed')),
	CONSTRAINT credential_audit_order CHECK (noticed_on <= due_on),
	FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
);

CREATE TABLE credential_cycle (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	credential_id INTEGER NOT NULL,
	cycle_start DATE,
	expires_on DATE NOT NULL,
	renewed_on DATE NOT NULL,
	notes TEXT NOT NULL,
	FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
);

CREATE TABLE credential_item (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	credential_id INTEGER NOT NULL,
	requirement_id VARCHAR(60) NOT NULL,
	done_on DATE NOT NULL,
	note TEXT NOT NULL,
	FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
);

CREATE TABLE custom_credential_type (
	id VARCHAR(60) NOT NULL,
	definition TEXT NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE import_batch (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	person_id INTEGER NOT NULL,
	kind VARCHAR(30) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	imported_at DATETIME NOT NULL,
	added INTEGER NOT NULL,
	merged INTEGER NOT NULL,
	skipped INTEGER NOT NULL,
	rejected INTEGER NOT NULL,
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	name VARCHAR(200) NOT NULL,
	email VARCHAR(320),
	role VARCHAR(20) NOT NULL,
	home_state VARCHAR(2),
	nabp_eprofile_id VARCHAR(40),
	ptcb_number VARCHAR(40),
	nha_number VARCHAR(40),
	notes TEXT NOT NULL,
	active BOOLEAN NOT NULL,
	version INTEGER DEFAULT 1 NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT person_role CHECK (role IN ('technician', 'lead', 'supervisor')),
	CONSTRAINT person_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE TABLE renewal_event (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	credential_id INTEGER NOT NULL,
	step VARCHAR(20) NOT NULL,
	happened_on DATE NOT NULL,
	cycle_expires_on DATE,
	reasons TEXT NOT NULL,
	fee VARCHAR(20) NOT NULL,
	new_expires_on DATE,
	recorded_at DATETIME NOT NULL,
	CONSTRAINT renewal_event_step CHECK (step IN ('applied', 'returned', 'resubmitted', 'approved', 'confirmed')),
	FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
);

CREATE TABLE work_experience (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	person_id INTEGER NOT NULL,
	role VARCHAR(200) NOT NULL,
	setting VARCHAR(200) NOT NULL,
	areas VARCHAR(500) NOT NULL,
	start_on DATE NOT NULL,
	end_on DATE,
	hours_per_week INTEGER NOT NULL,
	notes TEXT NOT NULL,
	CONSTRAINT work_experience_order CHECK (end_on IS NULL OR start_on <= end_on),
	CONSTRAINT work_experience_hours CHECK (hours_per_week > 0 AND hours_per_week <= 80),
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_activity_person_date ON activity (person_id, completed_on);

CREATE INDEX ix_activity_person_uan ON activity (person_id, uan);

CREATE INDEX ix_attachment_sha256 ON attachment (sha256);

CREATE INDEX ix_change_history_entity ON change_history (entity, entity_id);

CREATE INDEX ix_credential_audit_credential ON credential_audit (credential_id);

CREATE INDEX ix_credential_cycle_credential ON credential_cycle (credential_id);

CREATE INDEX ix_credential_item_credential ON credential_item (credential_id);

CREATE INDEX ix_credential_person ON credential (person_id);

CREATE INDEX ix_renewal_event_credential ON renewal_event (credential_id);

CREATE INDEX ix_work_experience_person ON work_experience (person_id);
