"""article buckets: LSH band keys for finding syndicated copies without reading every signature

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'article_buckets',
        sa.Column('bucket', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ),
        sa.PrimaryKeyConstraint('bucket', 'article_id'),
    )
    op.create_index(op.f('ix_article_buckets_article_id'), 'article_buckets', ['article_id'], unique=False)
    # Backfill from the signatures already stored, so copies of older articles are still found.
    from monitor.dedup import buckets

    conn = op.get_bind()
    articles = sa.table('articles', sa.column('id', sa.Integer), sa.column('minhash', sa.LargeBinary))
    target = sa.table('article_buckets', sa.column('bucket', sa.BigInteger), sa.column('article_id', sa.Integer))
    rows = conn.execute(sa.select(articles.c.id, articles.c.minhash).where(articles.c.minhash.isnot(None)))
    batch = []
    for article_id, minhash in rows:
        batch.extend({'bucket': b, 'article_id': article_id} for b in set(buckets(bytes(minhash))))
        if len(batch) >= 5000:
            conn.execute(target.insert(), batch)
            batch = []
    if batch:
        conn.execute(target.insert(), batch)


def downgrade() -> None:
    op.drop_index(op.f('ix_article_buckets_article_id'), table_name='article_buckets')
    op.drop_table('article_buckets')
