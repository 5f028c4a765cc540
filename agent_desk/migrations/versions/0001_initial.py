"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-26 23:42:48.115930
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_no', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("role IN ('agent', 'supervisor', 'admin')", name=op.f('ck_agents_role')),
    sa.CheckConstraint('failed_logins >= 0', name=op.f('ck_agents_failed_logins')),
    sa.CheckConstraint('length(agent_no) > 0', name=op.f('ck_agents_agent_no_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agents')),
    sa.UniqueConstraint('agent_no', name=op.f('uq_agents_agent_no')),
    sa.UniqueConstraint('public_id', name=op.f('uq_agents_public_id'))
    )
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=16), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('target', sa.String(length=128), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)

    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('name_initials', sa.String(length=64), nullable=False),
    sa.Column('vip_level', sa.Integer(), nullable=False),
    sa.Column('company', sa.String(length=128), nullable=False),
    sa.Column('preferences', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint('vip_level BETWEEN 0 AND 5', name=op.f('ck_customers_vip_level')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['customers.id'], name=op.f('fk_customers_merged_into_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('public_id', name=op.f('uq_customers_public_id'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_name_initials'), ['name_initials'], unique=False)

    op.create_table('customer_phones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('raw', sa.String(length=64), nullable=False),
    sa.Column('normalised', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_phones_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_phones')),
    sa.UniqueConstraint('customer_id', 'normalised', name='uq_customer_phones_customer_number')
    )
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.create_index('ix_customer_phones_normalised', ['normalised'], unique=False)

    op.create_table('script_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("kind IN ('greeting', 'signoff', 'prompt', 'etiquette')", name=op.f('ck_script_templates_kind')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['agents.id'], name=op.f('fk_script_templates_updated_by_id_agents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_templates')),
    sa.UniqueConstraint('kind', 'category', 'language', name='uq_script_templates_slot'),
    sa.UniqueConstraint('public_id', name=op.f('uq_script_templates_public_id'))
    )
    op.create_table('shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('branch_code', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('summary_json', sa.Text(), nullable=True),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("(status = 'open' AND ended_at IS NULL) OR (status = 'closed' AND ended_at IS NOT NULL)", name=op.f('ck_shifts_closed_has_end')),
    sa.CheckConstraint("status IN ('open', 'closed')", name=op.f('ck_shifts_status')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_shifts_agent_id_agents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts')),
    sa.UniqueConstraint('public_id', name=op.f('uq_shifts_public_id'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('ix_shifts_agent_started', ['agent_id', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shifts_status'), ['status'], unique=False)

    op.create_table('calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('cti_call_id', sa.String(length=64), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('caller_number', sa.String(length=64), nullable=False),
    sa.Column('caller_normalised', sa.String(length=32), nullable=False),
    sa.Column('ring_started_at', sa.DateTime(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('wrapup_ended_at', sa.DateTime(), nullable=True),
    sa.Column('answer_delay_ms', sa.Integer(), nullable=True),
    sa.Column('ring_duration_ms', sa.Integer(), nullable=True),
    sa.Column('within_rule', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('greeting_given', sa.Boolean(), nullable=False),
    sa.Column('signoff_given', sa.Boolean(), nullable=False),
    sa.Column('needs_follow_up', sa.Boolean(), nullable=False),
    sa.Column('complex_flag', sa.Boolean(), nullable=False),
    sa.Column('conflict_flag', sa.Boolean(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=True),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("category IS NULL OR category IN ('inquiry', 'complaint', 'report', 'suggestion', 'repair', 'other')", name=op.f('ck_calls_category')),
    sa.CheckConstraint("direction IN ('inbound', 'outbound')", name=op.f('ck_calls_direction')),
    sa.CheckConstraint("outcome IN ('ringing', 'answered', 'abandoned')", name=op.f('ck_calls_outcome')),
    sa.CheckConstraint("resolution IS NULL OR resolution IN ('resolved', 'transferred', 'escalated', 'follow_up')", name=op.f('ck_calls_resolution')),
    sa.CheckConstraint('answer_delay_ms IS NULL OR answer_delay_ms >= 0', name=op.f('ck_calls_answer_delay')),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name=op.f('ck_calls_satisfaction')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_calls_agent_id_agents')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_calls_customer_id_customers')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_calls_shift_id_shifts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls')),
    sa.UniqueConstraint('public_id', name=op.f('uq_calls_public_id'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_agent_ring', ['agent_id', 'ring_started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_cti_call_id'), ['cti_call_id'], unique=False)
        batch_op.create_index('ix_calls_customer_ring', ['customer_id', 'ring_started_at'], unique=False)
        batch_op.create_index('ix_calls_shift', ['shift_id'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('relative_path', sa.String(length=512), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'sent', 'conflict')", name=op.f('ck_outbox_status')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_outbox_shift_id_shifts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('public_id', name=op.f('uq_outbox_public_id')),
    sa.UniqueConstraint('relative_path', name=op.f('uq_outbox_relative_path'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_status_next', ['status', 'next_attempt_at'], unique=False)

    op.create_table('status_periods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('break_reason', sa.String(length=16), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("(state = 'break' AND break_reason IN ('meal', 'rest', 'training', 'meeting', 'other')) OR (state != 'break' AND break_reason IS NULL)", name=op.f('ck_status_periods_break_reason')),
    sa.CheckConstraint("state IN ('available', 'on_call', 'wrap_up', 'break')", name=op.f('ck_status_periods_state')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_status_periods_shift_id_shifts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_periods'))
    )
    with op.batch_alter_table('status_periods', schema=None) as batch_op:
        batch_op.create_index('ix_status_periods_shift_started', ['shift_id', 'started_at'], unique=False)

    op.create_table('call_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_call_drafts_agent_id_agents')),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_call_drafts_call_id_calls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_drafts'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('complainant', sa.String(length=128), nullable=False),
    sa.Column('contact', sa.String(length=64), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('product', sa.String(length=128), nullable=False),
    sa.Column('case_type', sa.String(length=64), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('department', sa.String(length=64), nullable=False),
    sa.Column('points_by', sa.DateTime(), nullable=True),
    sa.Column('feedback_by', sa.DateTime(), nullable=True),
    sa.Column('reply_by', sa.DateTime(), nullable=True),
    sa.Column('first_feedback_at', sa.DateTime(), nullable=True),
    sa.Column('replied_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('improvement', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('customer_told_at', sa.DateTime(), nullable=True),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("decision IS NULL OR decision IN ('adopted', 'not_adopted')", name=op.f('ck_cases_decision')),
    sa.CheckConstraint("kind IN ('complaint', 'report', 'inquiry', 'suggestion', 'repair')", name=op.f('ck_cases_kind')),
    sa.CheckConstraint("status IN ('received', 'assigned', 'in_progress', 'replied', 'closed', 'reopened')", name=op.f('ck_cases_status')),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name=op.f('ck_cases_satisfaction')),
    sa.ForeignKeyConstraint(['assignee_id'], ['agents.id'], name=op.f('fk_cases_assignee_id_agents')),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_cases_call_id_calls')),
    sa.ForeignKeyConstraint(['created_by_id'], ['agents.id'], name=op.f('fk_cases_created_by_id_agents')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_cases_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_cases_number')),
    sa.UniqueConstraint('public_id', name=op.f('uq_cases_public_id'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_customer', ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_department'), ['department'], unique=False)
        batch_op.create_index('ix_cases_status_reply_by', ['status', 'reply_by'], unique=False)

    op.create_table('callbacks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('agent_id', sa.Integer(), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('snoozed_until', sa.DateTime(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'done', 'cancelled')", name=op.f('ck_callbacks_status')),
    sa.CheckConstraint('case_id IS NOT NULL OR customer_id IS NOT NULL', name=op.f('ck_callbacks_has_target')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_callbacks_agent_id_agents')),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_callbacks_call_id_calls')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_callbacks_case_id_cases')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_callbacks_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callbacks')),
    sa.UniqueConstraint('public_id', name=op.f('uq_callbacks_public_id'))
    )
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.create_index('ix_callbacks_status_due', ['status', 'due_at'], unique=False)

    op.create_table('case_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('public_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['agents.id'], name=op.f('fk_case_events_actor_id_agents')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_events_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_events')),
    sa.UniqueConstraint('public_id', name=op.f('uq_case_events_public_id'))
    )
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_index('ix_case_events_case_at', ['case_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_index('ix_case_events_case_at')

    op.drop_table('case_events')
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.drop_index('ix_callbacks_status_due')

    op.drop_table('callbacks')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_status_reply_by')
        batch_op.drop_index(batch_op.f('ix_cases_department'))
        batch_op.drop_index('ix_cases_customer')

    op.drop_table('cases')
    op.drop_table('call_drafts')
    with op.batch_alter_table('status_periods', schema=None) as batch_op:
        batch_op.drop_index('ix_status_periods_shift_started')

    op.drop_table('status_periods')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status_next')

    op.drop_table('outbox')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_shift')
        batch_op.drop_index('ix_calls_customer_ring')
        batch_op.drop_index(batch_op.f('ix_calls_cti_call_id'))
        batch_op.drop_index('ix_calls_agent_ring')

    op.drop_table('calls')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shifts_status'))
        batch_op.drop_index('ix_shifts_agent_started')

    op.drop_table('shifts')
    op.drop_table('script_templates')
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_phones_normalised')

    op.drop_table('customer_phones')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_name_initials'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))

    op.drop_table('customers')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
    op.drop_table('agents')
