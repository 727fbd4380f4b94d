    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
'    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
K    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
'    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
2    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
5    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
6    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
C    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
B    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
M    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
P    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
O    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
C    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
Y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
H    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
K    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
P    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
G    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
V    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
F    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
>    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
;    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
2    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
5    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
6    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
\    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
1    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
\    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
1    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
>    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
[    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
]    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
>    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
U    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
;    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
V    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
!    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
U    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
!    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
}    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
C    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
>    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
B    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
C    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
z    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
B    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
[    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
]    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
{    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
B    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
T    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
V    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
R    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
F    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
L    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
P    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
E    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
I    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
G    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
A    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
C    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
D    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
S    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
|    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
1    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
0    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
>    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
[    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
[    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
]    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
]    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
O    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
k    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
-    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
`    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
"    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
j    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
,    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
b    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
N    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
:    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
h    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
=    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
s    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
v    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
l    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
[    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
d    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
_    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
m    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
p    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
g    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
f    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
w    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
a    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
i    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
     result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
o    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
n    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
.    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
x    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
c    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
t    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
(    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
q    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
u    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
e    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
r    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
y    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
)    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
]    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}

    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
