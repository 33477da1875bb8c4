-- rxtracker database schema, generated from rxtracker/db/models.py.
-- Do not edit: run `python -m rxtracker.db.schema > db_schema.sql`.
PRAGMA user_version = 1;

CREATE TABLE activity (
	id INTEGER NOT NULL,
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
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT activity_hours_range CHECK (hours_hundredths > 0 AND hours_hundredths <= 10000),
	CONSTRAINT activity_format CHECK (format IS NULL OR format IN ('live', 'home', 'unknown')),
	CONSTRAINT activity_audience CHECK (audience IS NULL OR audience IN ('T', 'P')),
	CONSTRAINT activity_category CHECK (category IN ('acpe', 'college', 'in-service', 'employer', 'other')),
	CONSTRAINT activity_source CHECK (source IN ('manual', 'import')),
	CONSTRAINT activity_title_not_blank CHECK (length(trim(title)) > 0),
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE activity_tag (
	activity_id INTEGER NOT NULL,
	tag VARCHAR(60) NOT NULL,
	PRIMARY KEY (activity_id, tag),
	FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE
);

CREATE TABLE attachment (
	id INTEGER NOT NULL,
	activity_id INTEGER NOT NULL,
	stored_name VARCHAR(100) NOT NULL,
	original_name VARCHAR(255) NOT NULL,
	media_type VARCHAR(50) NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	size_bytes INTEGER NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT attachment_once_per_activity UNIQUE (activity_id, sha256),
	CONSTRAINT attachment_size CHECK (size_bytes >= 0),
	FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE
);

CREATE TABLE credential (
	id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	type_id VARCHAR(60) NOT NULL,
	number VARCHAR(60),
	state VARCHAR(2),
	issued_on DATE,
	expires_on DATE NOT NULL,
	cycle_start DATE,
	status_notes TEXT NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT credential_cycle_order CHECK (cycle_start IS NULL OR cycle_start <= expires_on),
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person (
	id INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	email VARCHAR(320),
	role VARCHAR(20) NOT NULL,
	home_state VARCHAR(2),
	nabp_eprofile_id VARCHAR(40),
	ptcb_number VARCHAR(40),
	nha_number VARCHAR(40),
	notes TEXT NOT NULL,
	active BOOLEAN NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT person_role CHECK (role IN ('technician', 'lead', 'supervisor')),
	CONSTRAINT person_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE INDEX ix_activity_person_date ON activity (person_id, completed_on);

CREATE INDEX ix_activity_person_uan ON activity (person_id, uan);

CREATE INDEX ix_attachment_sha256 ON attachment (sha256);

CREATE INDEX ix_credential_person ON credential (person_id);
