<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="+177" />
        <source>About NetJournal</source>
        <translation>Acerca de NetJournal</translation>
    </message>
    <message>
        <location line="+9" />
        <source>NetJournal is free software: you may share and change it under the GNU General Public License, version 3 or any later version ({licence}).</source>
        <translation>NetJournal es software libre: puedes compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o cualquier versión posterior ({licence}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the version details</source>
        <translation>Copiar los detalles de la versión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the versions and the journal's path, for a bug report</source>
        <translation>Copiar las versiones y la ruta del diario, para informar de un error</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NetJournal's icon</source>
        <translation>Icono de NetJournal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A private, offline journal of your contacts, shared goals and mentorships: one file on this computer, no account, no network.</source>
        <translation>Un diario privado y sin conexión de tus contactos, objetivos compartidos y mentorías: un archivo en este equipo, sin cuenta y sin red.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Journal:</source>
        <translation>Diario:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes, with a passphrase</source>
        <translation>Sí, con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No (File → Encrypt Journal… encrypts it)</source>
        <translation>No (Archivo → Cifrar el diario… lo cifra)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypted:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite} · SQLCipher {sqlcipher}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite} · SQLCipher {sqlcipher}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Runs on:</source>
        <translation>Funciona con:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not recorded in this build</source>
        <translation>no consta en esta compilación</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Journal: {path}</source>
        <translation>Diario: {path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: {version}</source>
        <translation>Versión del esquema: {version}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted: {answer}</source>
        <translation>Cifrado: {answer}</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <location filename="../../ui/mentorships/session.py" line="+104" />
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+85" />
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No action items yet.</source>
        <translation>Aún no hay tareas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add an action item</source>
        <translation>&amp;Añadir una tarea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add an action item</source>
        <translation>Añadir una tarea</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Give it a due date</source>
        <translation>Ponerle fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Done {date}</source>
        <translation>Hecha el {date}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Action item {n}</source>
        <translation>Tarea {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner of action item {n}</source>
        <translation>Responsable de la tarea {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action item {n} has a due date</source>
        <translation>La tarea {n} tiene fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due date of action item {n}</source>
        <translation>Fecha de vencimiento de la tarea {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove action item {n}</source>
        <translation>Quitar la tarea {n}</translation>
    </message>
</context>
<context>
    <name>AddMentorDialog</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+237" />
        <source>Add a potential mentor</source>
        <translation>Añadir un posible mentor/a</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential mentor</source>
        <translation>Posible mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Who would you like to learn from?</source>
        <translation>¿De &amp;quién te gustaría aprender?</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+26" />
        <source>“{name}” is not in Contacts yet: adding them here adds them there too.</source>
        <translation>«{name}» aún no está en Contactos: si lo añades aquí, también se añade allí.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pick someone from Contacts, or type the name of someone new.</source>
        <translation>Elige a alguien de Contactos o escribe el nombre de alguien nuevo.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type the name of someone to approach.</source>
        <translation>Escribe el nombre de alguien a quien acercarte.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/mentorships/editor.py" line="+111" />
        <source>Why? (optional, kept with the history)</source>
        <translation>¿Por qué? (opcional, se guarda en el historial)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark as agreed</source>
        <translation>Marcar como acordado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the agreement as agreed: it becomes active</source>
        <translation>Marcar el acuerdo como acordado: pasa a estar activo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Mark the proposal as declined</source>
        <translation>Marcar la propuesta como rechazada</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Pause the agreement</source>
        <translation>Pausar el acuerdo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Resume the agreement</source>
        <translation>Reanudar el acuerdo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Complete the agreement</source>
        <translation>Completar el acuerdo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>End early</source>
        <translation>Terminar antes</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>End the agreement early</source>
        <translation>Terminar el acuerdo antes de tiempo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopen the agreement: it becomes active again</source>
        <translation>Reabrir el acuerdo: vuelve a estar activo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopen the agreement</source>
        <translation>Reabrir el acuerdo</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Reopen as a proposal</source>
        <translation>Reabrir como propuesta</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Reopen the declined agreement as a proposal</source>
        <translation>Reabrir como propuesta el acuerdo rechazado</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show in Contacts</source>
        <translation>Ver en Contactos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the counterpart in Contacts</source>
        <translation>Ver a la otra persona en Contactos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share a summary…</source>
        <translation>Compartir un resumen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share a one-page summary of the agreement</source>
        <translation>Compartir un resumen del acuerdo en una página</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+40" />
        <source>Revise terms…</source>
        <translation>Modificar condiciones…</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Revise the terms as the review decided</source>
        <translation>Modificar las condiciones según lo decidido en la revisión</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Problem with the status</source>
        <translation>Problema con el estado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Revise the terms</source>
        <translation>Modificar las condiciones</translation>
    </message>
    <message>
        <location line="+4" />
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>History of the agreement's revisions</source>
        <translation>Historial de versiones del acuerdo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why the terms change, in a few words</source>
        <translation>Por qué cambian las condiciones, en pocas palabras</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motivo del cambio:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem with the reason</source>
        <translation>Problema con el motivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the terms below, then save them as a new revision.</source>
        <translation>Cambia las condiciones de abajo y guárdalas como una nueva versión.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save revision</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the revision</source>
        <translation>Guardar la versión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel the revision</source>
        <translation>Cancelar la versión</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not agreed</source>
        <translation>Sin acordar</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change who the proposal is with</source>
        <translation>Cambiar con quién es la propuesta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New counterpart</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a name to pick someone else</source>
        <translation>Escribe un nombre para elegir a otra persona</translation>
    </message>
    <message>
        <location line="+10" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Part of a formal program</source>
        <translation>Parte de un programa formal</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The program's name</source>
        <translation>El nombre del programa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Moving the review date needs no revision.</source>
        <translation>Cambiar la fecha de revisión no requiere una nueva versión.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review on</source>
        <translation>Revisión el</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Meets</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Video call, coffee, email…</source>
        <translation>Videollamada, café, correo…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an objective</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Objectives: goals of this agreement</source>
        <translation>Objetivos: metas de este acuerdo</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What I expect of them</source>
        <translation>Lo que espero de la otra persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preparation, punctuality, following up on action items…</source>
        <translation>Preparación, puntualidad, seguimiento de las tareas…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What they expect of me</source>
        <translation>Lo que espera de mí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback, introductions, time…</source>
        <translation>Comentarios, presentaciones, tiempo…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Boundaries and confidentiality</source>
        <translation>Límites y confidencialidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What stays between us, what is off limits, how to say no…</source>
        <translation>Lo que queda entre nosotros, lo que está fuera de límites, cómo decir que no…</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Log a session…</source>
        <translation>Registrar una sesión…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log a session of this agreement</source>
        <translation>Registrar una sesión de este acuerdo</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+183" />
        <source>Log a session (Ctrl+Shift+S)</source>
        <translation>Registrar una sesión (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="-182" />
        <location line="+3" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+22" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-22" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review this agreement</source>
        <translation>Revisar este acuerdo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review the agreement (Ctrl+Shift+R)</source>
        <translation>Revisar el acuerdo (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Problem with the review</source>
        <translation>Problema con la revisión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What works / what to change</source>
        <translation>Qué funciona / qué cambiar</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open action items</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items: tick one when it is done</source>
        <translation>Tareas: marca una cuando esté hecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+90" />
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The review of {date} decided to adapt this agreement —</source>
        <translation>La revisión del {date} decidió adaptar este acuerdo —</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No more sessions are logged for an agreement that is over.</source>
        <translation>No se registran más sesiones en un acuerdo que ha terminado.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A proposal: every change is saved as you make it, and the draft stays one revision until you both agree.</source>
        <translation>Una propuesta: cada cambio se guarda al hacerlo, y el borrador sigue siendo una sola versión hasta que ambos estén de acuerdo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Agreed on {date}.</source>
        <translation>Acordado el {date}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last changed on {date} (revision {n}).</source>
        <translation>Último cambio el {date} (versión {n}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changing the terms needs a reason.</source>
        <translation>Para cambiar las condiciones hace falta un motivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This proposal was declined: its terms stay as they were. Reopen it as a proposal to change them.</source>
        <translation>Esta propuesta se rechazó: sus condiciones siguen como estaban. Vuelve a abrirla como propuesta para cambiarlos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This agreement is completed: its terms stay as they were. Reopen it to change them.</source>
        <translation>Este acuerdo está completado: sus términos siguen como estaban. Vuelve a abrirlo para cambiarlos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This agreement was ended early: its terms stay as they were. Reopen it to change them.</source>
        <translation>Este acuerdo se terminó antes de tiempo: sus términos siguen como estaban. Vuelve a abrirlo para cambiarlos.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No sessions yet — Log a session… (Ctrl+Shift+S)</source>
        <translation>Aún no hay sesiones — Registrar una sesión… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No sessions were logged.</source>
        <translation>No se registró ninguna sesión.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The newest {n}; the Timeline, filtered by this mentorship, has them all.</source>
        <translation>Las {n} más recientes; la Cronología, filtrada por esta mentoría, las tiene todas.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>What works</source>
        <translation>Qué funciona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No reviews yet — Review… (Ctrl+Shift+R) looks back at how it goes.</source>
        <translation>Aún no hay revisiones — Revisar… (Ctrl+Shift+R) repasa cómo va.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reviews yet. Only an active or paused agreement is reviewed.</source>
        <translation>Aún no hay revisiones. Solo se revisa un acuerdo activo o en pausa.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No action items yet: a session's action items are listed here.</source>
        <translation>Aún no hay tareas: aquí aparecen las tareas de cada sesión.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every action item is done.</source>
        <translation>Todas las tareas están hechas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{open} open, {overdue} of them overdue.</source>
        <translation>{open} pendientes, {overdue} de ellas vencidas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{open} open.</source>
        <translation>{open} pendientes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done {date}</source>
        <translation>Hecha el {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No due date</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{status} · {date}</source>
        <translation>{status} · {date}</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Nothing has changed yet: change a term, then save the revision.</source>
        <translation>Aún no ha cambiado nada: cambia un término y guarda la versión.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>only proposed</source>
        <translation>solo propuesto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an active or paused agreement can be reviewed; the one with {name} is {words}.</source>
        <translation>Solo se puede revisar un acuerdo activo o en pausa; el acuerdo con {name} está {words}.</translation>
    </message>
</context>
<context>
    <name>AgreementEntryDialog</name>
    <message>
        <location filename="../../ui/mentorships/agreement_dialog.py" line="+242" />
        <source>A&amp;greement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>AgreementsTableModel</name>
    <message>
        <location filename="../../ui/models/agreements.py" line="+52" />
        <source>Mentoring</source>
        <translation>Como mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Being mentored</source>
        <translation>Como mentorado/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peers</source>
        <translation>Entre pares</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Formal program</source>
        <translation>Programa formal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location line="+19" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meets</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+184" />
        <source>No meeting cadence agreed</source>
        <translation>Sin frecuencia de reuniones acordada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{cadence}, by {channel}</source>
        <translation>{cadence}, por {channel}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No session logged yet</source>
        <translation>Aún no hay sesiones registradas</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No session is due: the agreement is not active</source>
        <translation>No toca ninguna sesión: el acuerdo no está activo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No session is due: no meeting cadence agreed</source>
        <translation>No toca ninguna sesión: no hay frecuencia de reuniones acordada</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status} · {when}</source>
        <translation>{status} · {when}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Overdue: a session was due on {date}</source>
        <translation>Vencida: tocaba una sesión el {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next session due on {date}</source>
        <translation>Próxima sesión el {date}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{total} · {overdue} overdue</source>
        <translation>{total} · vencidas: {overdue}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{overdue} overdue</source>
        <translation>vencidas: {overdue}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>of {total}</source>
        <translation>de {total}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{total} open action items, {overdue} of them overdue</source>
        <translation>{total} tareas pendientes, {overdue} de ellas vencidas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{total} open action items</source>
        <translation>{total} tareas pendientes</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../ui/security/autolock.py" line="+120" />
        <source>Lock After</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lock the journal when left alone</source>
        <translation>Bloquear el diario si se deja sin usar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After this long without keyboard or mouse input, NetJournal saves what you were editing, closes the journal and hides it until it is unlocked.</source>
        <translation>Tras este tiempo sin usar el teclado ni el ratón, NetJournal guarda lo que estabas editando, cierra el diario y lo oculta hasta que se desbloquee.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unlocking asks for the passphrase.</source>
        <translation>Para desbloquearlo se pide la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This journal is not encrypted: locking keeps it out of view, but anyone who can read the file can read it. File → Encrypt Journal… protects it.</source>
        <translation>Este diario no está cifrado: bloquearlo lo oculta, pero cualquiera que pueda leer el archivo puede leerlo. Archivo → Cifrar diario… lo protege.</translation>
    </message>
    <message>
        <location line="+9" />
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes without input before locking</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 for never</source>
        <translation>0 = nunca</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <location filename="../../ui/network/give_get.py" line="+48" />
        <source>One-sided: I give</source>
        <translation>Unilateral: doy yo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One-sided: they give</source>
        <translation>Unilateral: me dan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>Equilibrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too early to tell</source>
        <translation>Aún es pronto</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I helped</source>
        <translation>Yo ayudé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>They helped</source>
        <translation>Me ayudó</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each other</source>
        <translation>Mutua</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last time I helped</source>
        <translation>Última vez que ayudé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last time they helped</source>
        <translation>Última vez que me ayudó</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+265" />
        <source>{value} of {mark}</source>
        <translation>{value} de {mark}</translation>
    </message>
</context>
<context>
    <name>CadenceEdit</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="+254" />
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep in touch every</source>
        <translation>Mantener el contacto cada</translation>
    </message>
</context>
<context>
    <name>CelebrateDialog</name>
    <message>
        <location filename="../../ui/goals/celebrate.py" line="+59" />
        <source>Celebrate “{goal}”</source>
        <translation>Celebrar «{goal}»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{goal}” is achieved</source>
        <translation>«{goal}» está logrado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Achieved {date}. Share it with the people who were part of it, and thank them.</source>
        <translation>Logrado el {date}. Compártelo con las personas que formaron parte y dales las gracias.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Told {name}</source>
        <translation>Avisé a {name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one shares this goal: add who you told below.</source>
        <translation>Nadie comparte este objetivo: añade abajo a quién avisaste.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone else you told</source>
        <translation>Otra persona a quien avisaste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else? Type a name</source>
        <translation>¿Alguien más? Escribe un nombre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other people told</source>
        <translation>Otras personas avisadas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Told:</source>
        <translation>&amp;Avisé a:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NetJournal never sends anything. Copy the message, send it the way you like (email, chat, or in person), then note here who was told: an entry keeps it.</source>
        <translation>NetJournal nunca envía nada. Copia el mensaje, envíalo como prefieras (correo, chat o en persona) y anota aquí a quién avisaste: una entrada lo guarda.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the message to the clipboard</source>
        <translation>Copiar el mensaje al portapapeles</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Note who was told</source>
        <translation>A&amp;notar a quién avisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note who was told</source>
        <translation>Anotar a quién avisé</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+40" />
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dear {names}, we did it: {goal}! Thank you for your help and encouragement along the way — it made all the difference.</source>
        <translation>Hola, {names}: ¡lo conseguimos: {goal}! Gracias por toda la ayuda y el ánimo durante el camino; marcaron la diferencia.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Copied: paste it where you write to them.</source>
        <translation>Copiado: pégalo donde les escribas.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Pick “{name}” from the suggestions, or clear the field.</source>
        <translation>Elige «{name}» entre las sugerencias o vacía el campo.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/network/insights.py" line="+96" />
        <location line="+87" />
        <source>Show &amp;figures</source>
        <translation>Mostrar &amp;cifras</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Show the figures of {chart} as a table</source>
        <translation>Mostrar las cifras de {chart} como tabla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save {chart} as a PNG image</source>
        <translation>Guardar {chart} como imagen PNG</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Figures of {chart}</source>
        <translation>Cifras de {chart}</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Show &amp;chart</source>
        <translation>Mostrar &amp;gráfico</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location filename="../../ui/widgets/chip_list.py" line="+34" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="+96" />
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{value} is negative; give 0 or more</source>
        <translation>{value} es negativo; indica 0 o más</translation>
    </message>
    <message>
        <location line="+19" />
        <source>folder that holds journal.db (default: ${env} or the user data folder)</source>
        <translation>carpeta que contiene journal.db (por defecto: ${env} o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A private, offline journal for contacts, shared goals and mentorships. Without a command, opens the window on the journal.</source>
        <translation>Un diario privado y sin conexión para contactos, objetivos compartidos y mentorías. Sin un comando, abre la ventana con el diario.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>open the window (the default)</source>
        <translation>abrir la ventana (por defecto)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>count what the journal holds</source>
        <translation>contar lo que contiene el diario</translation>
    </message>
    <message>
        <location line="+5" />
        <source>print one JSON object</source>
        <translation>imprimir un único objeto JSON</translation>
    </message>
    <message>
        <location line="+6" />
        <source>check the journal's integrity (exit 1 if damaged)</source>
        <translation>comprobar la integridad del diario (sale con 1 si está dañado)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>write a consistent copy of the journal</source>
        <translation>escribir una copia coherente del diario</translation>
    </message>
    <message>
        <location line="+7" />
        <source>file to write (default: backups/ in the data folder)</source>
        <translation>archivo que se escribe (por defecto: backups/ en la carpeta de datos)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>fill an empty journal with synthetic data</source>
        <translation>llenar un diario vacío con datos sintéticos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>how many people to make</source>
        <translation>cuántas personas crear</translation>
    </message>
    <message>
        <location line="+7" />
        <source>how many entries to make</source>
        <translation>cuántas entradas crear</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the same seed makes the same journal</source>
        <translation>la misma semilla crea el mismo diario</translation>
    </message>
    <message>
        <location line="+7" />
        <source>open the window on a small sample journal (temporary)</source>
        <translation>abrir la ventana con un pequeño diario de ejemplo (temporal)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>encrypt the journal and its backups with a passphrase (${env} or asked)</source>
        <translation>cifrar el diario y sus copias de seguridad con una frase de contraseña (${env} o se pide)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>remove the journal's encryption (its passphrase: ${env} or asked)</source>
        <translation>quitar el cifrado del diario (su frase de contraseña: ${env} o se pide)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>change the passphrase (old: ${env}, new: ${new_env}, or asked)</source>
        <translation>cambiar la frase de contraseña (anterior: ${env}, nueva: ${new_env}, o se piden)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the backup to restore</source>
        <translation>la copia de seguridad que se restaura</translation>
    </message>
    <message>
        <location line="+7" />
        <source>import contacts (vCard, LinkedIn or Google CSV), calendars (.ics) or a NetJournal backup (.json)</source>
        <translation>importar contactos (vCard, CSV de LinkedIn o Google), calendarios (.ics) o una copia de seguridad de NetJournal (.json)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shows what the import will do (new people, merged ones, skipped ones with reasons, and what could not be read), then imports it in one transaction.</source>
        <translation>Muestra lo que hará la importación (personas nuevas, fusionadas, omitidas con sus motivos, y lo que no se pudo leer) y luego lo importa en una sola transacción.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the files to import</source>
        <translation>los archivos que se importan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>show what would be imported; write nothing</source>
        <translation>mostrar lo que se importaría; no escribir nada</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import nothing if any file, card or row cannot be read (default: import the good ones)</source>
        <translation>no importar nada si algún archivo, tarjeta o fila no se puede leer (por defecto: importar lo válido)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>write the journal as json (a lossless backup), vcard, ics, csv or markdown</source>
        <translation>escribir el diario como json (una copia de seguridad sin pérdidas), vcard, ics, csv o markdown</translation>
    </message>
    <message>
        <location line="+10" />
        <source>one of {formats}</source>
        <translation>uno de {formats}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>file (json, vcard, ics) or folder (csv, markdown)</source>
        <translation>archivo (json, vcard, ics) o carpeta (csv, markdown)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>vCard version (3.0 for older phones and programs)</source>
        <translation>versión de vCard (3.0 para teléfonos y programas antiguos)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>replace files that already exist</source>
        <translation>reemplazar los archivos que ya existen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>save one PNG per tab of the window, then exit</source>
        <translation>guardar un PNG por cada pestaña de la ventana y salir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the folder to save them in</source>
        <translation>la carpeta donde guardarlos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>use a fresh sample journal instead of the journal</source>
        <translation>usar un diario de ejemplo nuevo en lugar del diario</translation>
    </message>
    <message>
        <location line="+5" />
        <source>show the window in this language (default: English)</source>
        <translation>mostrar la ventana en este idioma (por defecto: inglés)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no journal at {path}.</source>
        <translation>No hay ningún diario en {path}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is encrypted (or is not a journal at all): set {env} to its passphrase, or run the command in a terminal to be asked for it.</source>
        <translation>{path} está cifrado (o no es un diario): pon su frase de contraseña en {env}, o ejecuta el comando en una terminal para que se te pida.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A passphrase is needed: set {env} to it, or run the command in a terminal to be asked for it.</source>
        <translation>Hace falta una frase de contraseña: ponla en {env}, o ejecuta el comando en una terminal para que se te pida.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Passphrase for {path}: </source>
        <translation>Frase de contraseña de {path}: </translation>
    </message>
    <message>
        <location line="+17" />
        <source>New passphrase ({n} characters or more; a few words are best): </source>
        <translation>Nueva frase de contraseña ({n} caracteres o más; lo mejor son unas cuantas palabras): </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same again: </source>
        <translation>Otra vez la misma: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no journal at {path}. Run `netjournal` once to create it, or point --data-dir at the folder that holds journal.db.</source>
        <translation>No hay ningún diario en {path}. Ejecuta `netjournal` una vez para crearlo, o indica con --data-dir la carpeta que contiene journal.db.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{path} is encrypted already: `netjournal passphrase` changes it.</source>
        <translation>{path} ya está cifrado: `netjournal passphrase` cambia su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Encrypted {journal}.</source>
        <translation>Se cifró {journal}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted {journal} and {n} backup.</source>
        <translation>Se cifraron {journal} y {n} copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted {journal} and {n} backups.</source>
        <translation>Se cifraron {journal} y {n} copias de seguridad.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep the passphrase safe: without it the journal cannot be read, by anyone.</source>
        <translation>Guarda bien la frase de contraseña: sin ella nadie, absolutamente nadie, puede leer el diario.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted.</source>
        <translation>{path} no está cifrado.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Decrypted {path}: anyone who can read the file can now read the journal.</source>
        <translation>Se descifró {path}: cualquiera que pueda leer el archivo puede leer ahora el diario.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Its backups stay encrypted with the passphrase.</source>
        <translation>Sus copias de seguridad siguen cifradas con la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is not encrypted: `netjournal encrypt` encrypts it.</source>
        <translation>{path} no está cifrado: `netjournal encrypt` lo cifra.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Current passphrase for {path}: </source>
        <translation>Frase de contraseña actual de {path}: </translation>
    </message>
    <message>
        <location line="+5" />
        <source>New passphrase for {journal}.</source>
        <translation>Nueva frase de contraseña para {journal}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New passphrase for {journal} and {n} backup.</source>
        <translation>Nueva frase de contraseña para {journal} y {n} copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New passphrase for {journal} and {n} backups.</source>
        <translation>Nueva frase de contraseña para {journal} y {n} copias de seguridad.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>  left as it was: {backup} ({why})</source>
        <translation>  se dejó como estaba: {backup} ({why})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored {backup} as the journal {path}.</source>
        <translation>Se restauró {backup} como el diario {path}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The journal as it was is kept in {kept}.</source>
        <translation>El diario tal como estaba se conserva en {kept}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{n} new person, {merged} merged with people already in the journal, {skipped} skipped.</source>
        <translation>{n} persona nueva, {merged} por fusionar con personas que ya están en el diario, {skipped} por omitir.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} new people, {merged} merged with people already in the journal, {skipped} skipped.</source>
        <translation>{n} personas nuevas, {merged} por fusionar con personas que ya están en el diario, {skipped} por omitir.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} new entry from events, {skipped} skipped.</source>
        <translation>{n} entrada nueva de eventos, {skipped} por omitir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} new entries from events, {skipped} skipped.</source>
        <translation>{n} entradas nuevas de eventos, {skipped} por omitir.</translation>
    </message>
    <message>
        <location line="-362" />
        <source>replace the journal with a backup (the journal in place is backed up first)</source>
        <translation>reemplazar el diario por una copia de seguridad (antes se hace una copia del diario actual)</translation>
    </message>
    <message>
        <location line="+389" />
        <source>  merge {name} ({where}) into #{id}, matched by email; it adds {adds}</source>
        <translation>  fusionar {name} ({where}) con #{id}, coincide por correo; añade {adds}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by name; it adds {adds}</source>
        <translation>  fusionar {name} ({where}) con #{id}, coincide por nombre; añade {adds}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by email: nothing new</source>
        <translation>  fusionar {name} ({where}) con #{id}, coincide por correo: nada nuevo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by name: nothing new</source>
        <translation>  fusionar {name} ({where}) con #{id}, coincide por nombre: nada nuevo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  skip {where}: {reason}</source>
        <translation>  omitir {where}: {reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  problem: {problem}</source>
        <translation>  problema: {problem}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Merging the backup {path}:</source>
        <translation>Fusión de la copia de seguridad {path}:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} row to add, {updated} to update with the backup's newer version, {same} the same, {kept} kept as the journal has them (newer).</source>
        <translation>{n} fila por añadir, {updated} por actualizar con la versión más reciente de la copia, {same} sin cambios, {kept} se conservan como están en el diario (más recientes).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} rows to add, {updated} to update with the backup's newer version, {same} the same, {kept} kept as the journal has them (newer).</source>
        <translation>{n} filas por añadir, {updated} por actualizar con la versión más reciente de la copia, {same} sin cambios, {kept} se conservan como están en el diario (más recientes).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>  {table}: add {added}, update {updated}</source>
        <translation>  {table}: añadir {added}, actualizar {updated}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {table}: add {added}</source>
        <translation>  {table}: añadir {added}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {table}: update {updated}</source>
        <translation>  {table}: actualizar {updated}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  conflict in {table} {uuid}: kept the backup's version (journal {journal_time}, backup {backup_time})</source>
        <translation>  conflicto en {table} {uuid}: se conserva la versión de la copia (diario {journal_time}, copia {backup_time})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>  conflict in {table} {uuid}: kept the journal's version (journal {journal_time}, backup {backup_time})</source>
        <translation>  conflicto en {table} {uuid}: se conserva la versión del diario (diario {journal_time}, copia {backup_time})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>  {table}: {n} row points to nothing in either copy: left out</source>
        <translation>  {table}: {n} fila no remite a nada en ninguna de las dos copias: se excluye</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  {table}: {n} rows point to nothing in either copy: left out</source>
        <translation>  {table}: {n} filas no remiten a nada en ninguna de las dos copias: se excluyen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Merged {n} row of the backup.</source>
        <translation>Se fusionó {n} fila de la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged {n} rows of the backup.</source>
        <translation>Se fusionaron {n} filas de la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new person, merged {merged}, added {entries} entry.</source>
        <translation>{new} persona nueva importada, {merged} fusionadas, {entries} entrada añadida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new person, merged {merged}, added {entries} entries.</source>
        <translation>{new} persona nueva importada, {merged} fusionadas, {entries} entradas añadidas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new people, merged {merged}, added {entries} entry.</source>
        <translation>{new} personas nuevas importadas, {merged} fusionadas, {entries} entrada añadida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new people, merged {merged}, added {entries} entries.</source>
        <translation>{new} personas nuevas importadas, {merged} fusionadas, {entries} entradas añadidas.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{n} problem reading the files: what could not be read was left out (listed above).</source>
        <translation>{n} problema al leer los archivos: lo que no se pudo leer se dejó fuera (se indica arriba).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the files: what could not be read was left out (listed above).</source>
        <translation>{n} problemas al leer los archivos: lo que no se pudo leer se dejó fuera (se indica arriba).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing was written (--dry-run).</source>
        <translation>No se escribió nada (--dry-run).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was imported: {n} problem reading the files (--strict).</source>
        <translation>No se importó nada: {n} problema al leer los archivos (--strict).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: {n} problems reading the files (--strict).</source>
        <translation>No se importó nada: {n} problemas al leer los archivos (--strict).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing was imported: nothing in the files could be read.</source>
        <translation>No se importó nada: no se pudo leer nada de los archivos.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing to import: the journal already holds all of it.</source>
        <translation>Nada que importar: el diario ya lo contiene todo.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} photo</source>
        <translation>{n} foto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entry</source>
        <translation>{n} entrada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal</source>
        <translation>{n} objetivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} goals</source>
        <translation>{n} objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} event</source>
        <translation>{n} evento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} events</source>
        <translation>{n} eventos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} review</source>
        <translation>{n} revisión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} reviews</source>
        <translation>{n} revisiones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} follow-up</source>
        <translation>{n} seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} follow-ups</source>
        <translation>{n} seguimientos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} goal target date</source>
        <translation>{n} fecha límite de objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal target dates</source>
        <translation>{n} fechas límite de objetivos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} action item due</source>
        <translation>{n} tarea con vencimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} action items due</source>
        <translation>{n} tareas con vencimiento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person to reconnect with</source>
        <translation>{n} persona con quien retomar el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people to reconnect with</source>
        <translation>{n} personas con quienes retomar el contacto</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Exported {what} to {path}</source>
        <translation>Exportado a {path}: {what}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>archived people</source>
        <translation>personas archivadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contact details</source>
        <translation>datos de contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills</source>
        <translation>habilidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags given to people</source>
        <translation>etiquetas asignadas a personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills of people</source>
        <translation>habilidades de las personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills of your own</source>
        <translation>habilidades propias</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>people in entries</source>
        <translation>personas en entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entries about goals</source>
        <translation>entradas sobre objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goal members</source>
        <translation>miembros de objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills for goals</source>
        <translation>habilidades de objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goals of agreements</source>
        <translation>objetivos de acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agreement revisions</source>
        <translation>versiones de acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action items</source>
        <translation>tareas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outreach</source>
        <translation>acercamientos</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Journal: {path} (schema version {version})</source>
        <translation>Diario: {path} (versión del esquema {version})</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{path} has {n} problem:</source>
        <translation>{path} tiene {n} problema:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} has {n} problems:</source>
        <translation>{path} tiene {n} problemas:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path}: ok (integrity and foreign keys checked)</source>
        <translation>{path}: correcto (integridad y claves foráneas comprobadas)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{path} is not empty (people: {people}, entries: {entries}, goals: {goals}); generate only fills an empty journal (give --data-dir a new folder).</source>
        <translation>{path} no está vacío (personas: {people}, entradas: {entries}, objetivos: {goals}); generate solo rellena un diario vacío (indica una carpeta nueva con --data-dir).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Generated in {seconds} s into {path}:</source>
        <translation>Generado en {path} en {seconds} s:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no journal at {path}; try --demo or --data-dir.</source>
        <translation>No hay ningún diario en {path}; prueba con --demo o --data-dir.</translation>
    </message>
</context>
<context>
    <name>ContactMethodsEditor</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="+44" />
        <source>Emails, phones and links</source>
        <translation>Correos, teléfonos y enlaces</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>Add email, phone or link</source>
        <translation>Añadir correo, teléfono o enlace</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Kind of contact {n}</source>
        <translation>Tipo del dato de contacto {n}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>name@example.org, +351 …, https://…</source>
        <translation>nombre@example.org, +351 …, https://…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact {n}</source>
        <translation>Dato de contacto {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A label such as work or home</source>
        <translation>Una etiqueta como trabajo o casa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label of contact {n}</source>
        <translation>Etiqueta del dato de contacto {n}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove contact {n}</source>
        <translation>Quitar el dato de contacto {n}</translation>
    </message>
</context>
<context>
    <name>ContactsFilterBar</name>
    <message>
        <location filename="../../ui/contacts/filters.py" line="+47" />
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter by circle</source>
        <translation>Filtrar por círculo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show active or archived people</source>
        <translation>Mostrar personas activas o archivadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active people</source>
        <translation>Personas activas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archived people</source>
        <translation>Personas archivadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due to reconnect</source>
        <translation>Toca &amp;retomar el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only people due to reconnect within a week</source>
        <translation>Solo personas con quienes toca retomar el contacto en una semana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential &amp;mentors</source>
        <translation>Posibles &amp;mentores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only potential mentors</source>
        <translation>Solo posibles mentores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the contacts filters</source>
        <translation>Borrar los filtros de contactos</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ircle:</source>
        <translation>&amp;Círculo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;how:</source>
        <translation>&amp;Ver:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any circle</source>
        <translation>Cualquier círculo</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/contacts/tab.py" line="+50" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>11 months ago</source>
        <translation>hace 11 meses</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No one matches these filters</source>
        <translation>Nadie coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more people.</source>
        <translation>Quita algún filtro para ver a más personas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches “{text}”</source>
        <translation>Nadie coincide con «{text}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in names, organizations, roles, tags, skills and notes.</source>
        <translation>La búsqueda mira en nombres, organizaciones, cargos, etiquetas, habilidades y notas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No people yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People you add, or import from a vCard or CSV file, are listed here.</source>
        <translation>Aquí aparecen las personas que añades o importas de un archivo vCard o CSV.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a person to read about them here.</source>
        <translation>Selecciona una persona para ver aquí sus datos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Person details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New Person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a person (Ctrl+N)</source>
        <translation>Añadir una persona (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+21" />
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Un&amp;archive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+7" />
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Name of the new person:</source>
        <translation>Nombre de la nueva persona:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Archived {name}</source>
        <translation>Se archivó a {name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>1 agreement</source>
        <translation>1 acuerdo</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n agreements</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 action item</source>
        <translation>1 tarea</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 goal membership</source>
        <translation>1 participación en un objetivo</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goal memberships</source>
        <translation>
            <numerusform>%n participación en objetivos</numerusform>
            <numerusform>%n participaciones en objetivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This also deletes {what}.</source>
        <translation>Esto también elimina {what}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>They are removed from 1 entry; the entry stays.</source>
        <translation>Se quita de 1 entrada; la entrada se conserva.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>They are removed from %n entries; the entries stay.</source>
        <translation>
            <numerusform>Se quita de %n entrada; la entrada se conserva.</numerusform>
            <numerusform>Se quita de %n entradas; las entradas se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleted {name}</source>
        <translation>Se eliminó a {name}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/widgets/detail.py" line="+34" />
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
</context>
<context>
    <name>EditorListTab</name>
    <message>
        <location filename="../../ui/widgets/list_tab.py" line="+332" />
        <source>You can undo this from the status bar for a few seconds.</source>
        <translation>Puedes deshacerlo desde la barra de estado durante unos segundos.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entries/dialog.py" line="+127" />
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What it was about, in a few words</source>
        <translation>De qué trató, en pocas palabras</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was said, what you learned (Markdown)</source>
        <translation>Qué se dijo, qué aprendiste (Markdown)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shareable: these notes may go into what I share</source>
        <translation>Compartible: estas notas pueden ir en lo que comparto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shareable notes</source>
        <translation>Notas compartibles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes are private unless shareable; a private note never appears in a summary made for someone else.</source>
        <translation>Las notas son privadas salvo que sean compartibles; una nota privada nunca aparece en un resumen hecho para otra persona.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mentorship</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nobody in particular</source>
        <translation>Nadie en concreto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who helped whom</source>
        <translation>Quién ayudó a quién</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mentorship:</source>
        <translation>&amp;Mentoría:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who &amp;helped:</source>
        <translation>&amp;Quién ayudó:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Pick “{name}” from the suggestions, or clear the field.</source>
        <translation>Elige «{name}» entre las sugerencias o vacía el campo.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete this entry from the journal? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada del diario? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/interchange/export_dialog.py" line="+58" />
        <source>JSON backup — everything, to move to another laptop or keep safe</source>
        <translation>Copia de seguridad JSON — todo, para pasarlo a otro equipo o guardarlo a salvo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>vCard — contacts for a phone or mail program</source>
        <translation>vCard — contactos para un teléfono o un programa de correo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar (.ics) — upcoming sessions, reviews, follow-ups, goal dates</source>
        <translation>Calendario (.ics) — próximas sesiones, revisiones, seguimientos, fechas de objetivos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Spreadsheets (CSV) — people, entries, goals</source>
        <translation>Hojas de cálculo (CSV) — personas, entradas, objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown — a folder of notes, one per person and goal</source>
        <translation>Markdown — una carpeta de notas, una por persona y objetivo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One .json file. File → Import… reads it back, merging it with what is there.</source>
        <translation>Un archivo .json. Archivo → Importar… lo vuelve a leer y lo fusiona con lo que ya hay.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One .vcf file with every person's emails, phones, addresses and photo.</source>
        <translation>Un archivo .vcf con los correos, teléfonos, direcciones y foto de cada persona.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One .ics file to add to any calendar; adding it again updates the events.</source>
        <translation>Un archivo .ics para añadir a cualquier calendario; al añadirlo de nuevo se actualizan los eventos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>people.csv, entries.csv and goals.csv in the folder you choose.</source>
        <translation>people.csv, entries.csv y goals.csv en la carpeta que elijas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>People/ and Goals/ in the folder you choose, readable in any notes app.</source>
        <translation>People/ y Goals/ en la carpeta que elijas, legibles en cualquier app de notas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NetJournal backups (*.json)</source>
        <translation>Copias de seguridad de NetJournal (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vCard contacts (*.vcf)</source>
        <translation>Contactos vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} record</source>
        <translation>{n} registro</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} photo</source>
        <translation>{n} foto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} calendar event</source>
        <translation>{n} evento de calendario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} calendar events</source>
        <translation>{n} eventos de calendario</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} review</source>
        <translation>{n} revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} reviews</source>
        <translation>{n} revisiones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} follow-up</source>
        <translation>{n} seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} follow-ups</source>
        <translation>{n} seguimientos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} goal target date</source>
        <translation>{n} fecha límite de objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal target dates</source>
        <translation>{n} fechas límite de objetivos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} action item due</source>
        <translation>{n} tarea con vencimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} action items due</source>
        <translation>{n} tareas con vencimiento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person to reconnect with</source>
        <translation>{n} persona con quien retomar el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people to reconnect with</source>
        <translation>{n} personas con quienes retomar el contacto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} entry</source>
        <translation>{n} entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} goal</source>
        <translation>{n} objetivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} goals</source>
        <translation>{n} objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="+53" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export the Journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An export is written where you choose, readable by your account alone. It holds your private notes: keep it somewhere safe.</source>
        <translation>La exportación se guarda donde elijas y solo tu cuenta puede leerla. Contiene tus notas privadas: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export: choose where</source>
        <translation>Exportar: elige dónde</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>4.0 (current)</source>
        <translation>4.0 (actual)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>3.0 (for older phones and programs)</source>
        <translation>3.0 (para teléfonos y programas antiguos)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>vCard version {v}</source>
        <translation>vCard versión {v}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only the selected person: {name}</source>
        <translation>Solo la persona seleccionada: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the {n} selected person</source>
        <translation>Solo la {n} persona seleccionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only the {n} selected people</source>
        <translation>Solo las {n} personas seleccionadas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the selected person (select one in Contacts first)</source>
        <translation>Solo la persona seleccionada (selecciona una en Contactos antes)</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location line="+85" />
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export Into the Folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing {place}…</source>
        <translation>Escribiendo {place}…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Exported {what} to {path}.</source>
        <translation>Se exportó {what} a {path}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Replace them with this export?</source>
        <translation>¿Reemplazarlos con esta exportación?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace it with this export?</source>
        <translation>¿Reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was exported; {path} was left as it was.</source>
        <translation>No se exportó nada; {path} quedó como estaba.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The Export Failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The export was cancelled; no file was left half-written (those written before stay in {path}).</source>
        <translation>Se canceló la exportación; ningún archivo quedó a medias (los ya escritos siguen en {path}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FirstMessage</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="-198" />
        <source>I came across your work as {role} at {organization}</source>
        <translation>Conocí tu trabajo como {role} en {organization}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I came across your work as {role}</source>
        <translation>Conocí tu trabajo como {role}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I came across your work at {organization}</source>
        <translation>Conocí tu trabajo en {organization}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I came across your work</source>
        <translation>Conocí tu trabajo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>[your name]</source>
        <translation>[tu nombre]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hello {first_name},

My name is {my_name}. {why}, and it is close to what I hope to do myself: [one line on what in their work speaks to you].

Would you have 20 minutes for a short call in the coming weeks? I would like to ask how you found your way, and what you would advise someone starting out.

If now is not a good time, or this is not for you, just say so (or let this message go unanswered): I will understand, and thank you for reading it.

Best wishes,
{my_name}</source>
        <translation>Hola, {first_name}:

Me llamo {my_name}. {why}, y se parece mucho a lo que espero hacer yo: [una línea sobre lo que te dice su trabajo].

¿Tendrías 20 minutos para una llamada breve en las próximas semanas? Me gustaría preguntarte cómo encontraste tu camino y qué le aconsejarías a alguien que empieza.

Si ahora no es buen momento, o esto no es para ti, dímelo sin problema (o deja este mensaje sin responder): lo entenderé, y gracias por leerlo.

Un saludo cordial,
{my_name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Next: read about their work, so your first message can say why them.</source>
        <translation>Siguiente paso: infórmate sobre su trabajo, para que tu primer mensaje diga por qué a esta persona.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Next: make the first message below your own, short and respectful, and send it yourself.</source>
        <translation>Siguiente paso: haz tuyo el primer mensaje de abajo, breve y respetuoso, y envíalo tú.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No answer yet, {waiting}: one gentle follow-up is fine. People are busy.</source>
        <translation>Aún no hay respuesta, {waiting}: está bien hacer un seguimiento amable. La gente está ocupada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give them time to answer: people are busy.</source>
        <translation>Dale tiempo para responder: la gente está ocupada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep it brief: bring one or two questions, and thank them afterwards for their time.</source>
        <translation>Que sea breve: lleva una o dos preguntas y, después, agradécele su tiempo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>They said yes. Set out the agreement together: what each of you expects, the goals, and how often you meet.</source>
        <translation>Ha dicho que sí. Ahora toca fijar juntos el acuerdo: lo que espera cada uno, los objetivos y cada cuánto se reunirán.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not everyone can say yes, and a no is an answer too. Thank them for their time: the door often stays open, and someone else may be the right mentor now.</source>
        <translation>No todo el mundo puede decir que sí, y un no también es una respuesta. Agradécele su tiempo: a menudo la puerta sigue abierta, y quizá otra persona sea ahora el mentor/a adecuado.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No reply is common, and rarely personal. Try once more later, or approach someone else.</source>
        <translation>No recibir respuesta es habitual y rara vez es algo personal. Vuelve a intentarlo más adelante o acércate a otra persona.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/format.py" line="+121" />
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n weeks ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n weeks</source>
        <translation>
            <numerusform>en %n semana</numerusform>
            <numerusform>en %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n months</source>
        <translation>
            <numerusform>en %n mes</numerusform>
            <numerusform>en %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in a year</source>
        <translation>dentro de un año</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n years</source>
        <translation>
            <numerusform>en %n año</numerusform>
            <numerusform>en %n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>every %n weeks</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>every %n months</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>every %n days</source>
        <translation>
            <numerusform>cada día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/mentees.py" line="+56" />
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+143" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>GiveGetView</name>
    <message>
        <location filename="../../ui/network/give_get.py" line="-38" />
        <source>One-sided: at least {count} helps between you, and 3 in 4 or more of them went the same way (helping each other counts for neither side). These come first, then whoever helped most recently.</source>
        <translation>Unilateral: al menos {count} ayudas entre ustedes, y 3 de cada 4 o más fueron en el mismo sentido (ayudarse mutuamente no cuenta para ningún lado). Estas van primero y luego quien ayudó más recientemente.</translation>
    </message>
    <message>
        <location line="+250" />
        <source>&amp;Only one-sided</source>
        <translation>&amp;Solo unilaterales</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show only the relationships that lean one way</source>
        <translation>Mostrar solo las relaciones que se inclinan hacia un lado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only one-sided relationships</source>
        <translation>Solo relaciones unilaterales</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give and get</source>
        <translation>Dar y recibir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-sided relationships first; Enter opens the person</source>
        <translation>Primero las relaciones unilaterales; Intro abre la persona</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Counting who helped whom…</source>
        <translation>Contando quién ayudó a quién…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No relationship is one-sided</source>
        <translation>Ninguna relación es unilateral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help goes both ways with everyone, or it is too early to tell.</source>
        <translation>La ayuda va en los dos sentidos con todos, o aún es pronto para saberlo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No help noted yet</source>
        <translation>Aún no hay ayuda anotada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When you log an interaction (Log an interaction, Ctrl+L), say who helped whom: how often each side helps shows here, one-sided relationships first.</source>
        <translation>Cuando registres una interacción (Registrar una interacción, Ctrl+L), indica quién ayudó a quién: aquí se ve con qué frecuencia ayuda cada lado, primero las relaciones unilaterales.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%Ln one-sided</source>
        <translation>
            <numerusform>%Ln unilateral</numerusform>
            <numerusform>%Ln unilaterales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{people} · {one_sided}</source>
        <translation>{people} · {one_sided}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../ui/goals/editor.py" line="+129" />
        <location line="+118" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Achieve…</source>
        <translation>Lograr…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark this goal achieved</source>
        <translation>Marcar este objetivo como logrado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record today as the day it was achieved, then celebrate it</source>
        <translation>Anotar hoy como el día en que se logró y celebrarlo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Celebrate…</source>
        <translation>Celebrar…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Celebrate this goal with its members</source>
        <translation>Celebrar este objetivo con sus miembros</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+144" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-140" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What reaching it will change for you</source>
        <translation>Qué cambiará para ti cuando lo alcances</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Horizon</source>
        <translation>&amp;Horizonte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+4" />
        <source>St&amp;arts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Target date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tar&amp;get</source>
        <translation>&amp;Límite</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Progress, set by hand</source>
        <translation>Progreso, a mano</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Progress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Skills it needs</source>
        <translation>Habilidades necesarias</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Separated by commas, e.g. SQL, Public speaking</source>
        <translation>Separadas por comas, p. ej. SQL, Hablar en público</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;kills</source>
        <translation>Ha&amp;bilidades</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Help, both ways</source>
        <translation>Ayuda, en los dos sentidos</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Who could help</source>
        <translation>Quién podría ayudar</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <source>Whom I could help</source>
        <translation>A quién podría ayudar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Double-click or press Enter to show them in Contacts</source>
        <translation>Doble clic o Intro para verlos en Contactos</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entries about it</source>
        <translation>Entradas sobre él</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Entries about this goal</source>
        <translation>Entradas sobre este objetivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Double-click or press Enter to open an entry</source>
        <translation>Doble clic o Intro para abrir una entrada</translation>
    </message>
    <message>
        <location line="+95" />
        <source>{percent}% · {done} of {total} milestones</source>
        <translation>{percent}% · {done} de {total} hitos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Achieved {date}, celebrated {celebrated}</source>
        <translation>Logrado el {date}, celebrado el {celebrated}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Achieved {date}: tell the people who helped</source>
        <translation>Logrado el {date}: cuéntaselo a quienes ayudaron</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Set by hand: add milestones to count them instead.</source>
        <translation>A mano: añade hitos para contarlos en su lugar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Counted from the milestones reached; remove them to set it by hand.</source>
        <translation>Contado a partir de los hitos alcanzados; quítalos para fijarlo a mano.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} — offers {skills}</source>
        <translation>{name} — ofrece {skills}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} shares this goal</source>
        <translation>{name} comparte este objetivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-click to show {name} in Contacts</source>
        <translation>Doble clic para ver a {name} en Contactos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add the skills this goal needs (above) to see who in your journal offers them.</source>
        <translation>Añade las habilidades que necesita este objetivo (arriba) para ver quién de tu diario las ofrece.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No one in your journal offers {skills} yet.</source>
        <translation>Aún nadie de tu diario ofrece {skills}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} — looks for {skills}, which you offer</source>
        <translation>{name} — busca {skills}, que tú ofreces</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Members who look for a skill you offer will be listed here.</source>
        <translation>Aquí aparecerán los miembros que buscan una habilidad que ofreces.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note the skills you offer (Goal → My Skills…) to see which members look for them.</source>
        <translation>Anota las habilidades que ofreces (Objetivo → Mis habilidades…) para ver qué miembros las buscan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No member looks for a skill you offer ({skills}).</source>
        <translation>Ningún miembro busca una habilidad que ofreces ({skills}).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>No entries about this goal yet: pick it under Goals when you log an interaction.</source>
        <translation>Aún no hay entradas sobre este objetivo: elígelo en Objetivos cuando registres una interacción.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The newest {shown} of {total}.</source>
        <translation>Las {shown} más recientes de {total}.</translation>
    </message>
</context>
<context>
    <name>GoalPicker</name>
    <message>
        <location filename="../../ui/widgets/goal_picker.py" line="+36" />
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Goals picked</source>
        <translation>Objetivos elegidos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected goals</source>
        <translation>Quitar los objetivos seleccionados</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a goal…</source>
        <translation>Añadir un objetivo…</translation>
    </message>
</context>
<context>
    <name>GoalsFilterBar</name>
    <message>
        <location filename="../../ui/goals/filters.py" line="+33" />
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by horizon</source>
        <translation>Filtrar por horizonte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any horizon</source>
        <translation>Cualquier horizonte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by member</source>
        <translation>Filtrar por miembro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the goals filters</source>
        <translation>Borrar los filtros de objetivos</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hori&amp;zon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../ui/goals/tab.py" line="+54" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scholarship</source>
        <translation>Beca</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No goal matches these filters</source>
        <translation>Ningún objetivo coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more goals.</source>
        <translation>Quita algún filtro para ver más objetivos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No goals yet</source>
        <translation>Aún no hay objetivos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scholarships, internships, exams: add a goal, and share it with the people who pursue it too.</source>
        <translation>Becas, prácticas, exámenes: añade un objetivo y compártelo con quienes también lo persiguen.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a goal…</source>
        <translation>Añadir un objetivo…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Select a goal to edit it here.</source>
        <translation>Selecciona un objetivo para editarlo aquí.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Goal details</source>
        <translation>Datos del objetivo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Removed the milestone {title}</source>
        <translation>Se quitó el hito {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New Goal…</source>
        <translation>&amp;Nuevo objetivo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a goal (Ctrl+Shift+G)</source>
        <translation>Añadir un objetivo (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Achieve…</source>
        <translation>&amp;Lograr…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the goal achieved today, then celebrate</source>
        <translation>Marcar el objetivo como logrado hoy y celebrarlo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Celebrate…</source>
        <translation>&amp;Celebrar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My &amp;Skills…</source>
        <translation>Mis &amp;habilidades…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The skills you offer and look for, which goals match against</source>
        <translation>Las habilidades que ofreces y buscas, con las que se comparan los objetivos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+15" />
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location line="-15" />
        <source>What is the goal?</source>
        <translation>¿Cuál es el objetivo?</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Achieve goal</source>
        <translation>Lograr objetivo</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 milestone</source>
        <translation>1 hito</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n milestones</source>
        <translation>
            <numerusform>%n hito</numerusform>
            <numerusform>%n hitos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n members</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>It has {what}; its milestones go with it.</source>
        <translation>Tiene {what}; sus hitos se eliminan con él.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The people who share it and the entries about it stay.</source>
        <translation>Las personas que lo comparten y las entradas sobre él se conservan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleted {title}</source>
        <translation>Se eliminó {title}</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location filename="../../ui/models/goals.py" line="+40" />
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+101" />
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{done} of {total} milestones reached</source>
        <translation>{done} de {total} hitos alcanzados</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress set by hand</source>
        <translation>Progreso fijado a mano</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one shares this goal yet</source>
        <translation>Aún nadie comparte este objetivo</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n people share this goal</source>
        <translation>
            <numerusform>%n persona comparte este objetivo</numerusform>
            <numerusform>%n personas comparten este objetivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdTableModel</name>
    <message>
        <location filename="../../ui/models/base.py" line="+231" />
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/interchange/import_dialog.py" line="+77" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emails, phones, links and addresses</source>
        <translation>Correos, teléfonos, enlaces y direcciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags given to people</source>
        <translation>Etiquetas de las personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills of people</source>
        <translation>Habilidades de las personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your own skills</source>
        <translation>Tus propias habilidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in goals</source>
        <translation>Personas en objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills goals build</source>
        <translation>Habilidades de los objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentorship agreements</source>
        <translation>Acuerdos de mentoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectives of agreements</source>
        <translation>Objetivos de los acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revisions of agreements</source>
        <translation>Versiones de los acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in entries</source>
        <translation>Personas en entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals of entries</source>
        <translation>Objetivos de las entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agendas and takeaways</source>
        <translation>Agendas y conclusiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentors you are reaching out to</source>
        <translation>Mentores a los que te estás acercando</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact detail</source>
        <translation>Dato de contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda or takeaways</source>
        <translation>Agenda o conclusiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outreach</source>
        <translation>Acercamiento</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we met</source>
        <translation>Dónde nos conocimos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep-in-touch cadence (days)</source>
        <translation>Frecuencia de contacto (días)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{new}, {merged} with people already in the journal, {skipped}</source>
        <translation>{new}, {merged} con personas que ya están en el diario, {skipped}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+61" />
        <source>{n} new person</source>
        <translation>{n} persona nueva</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+61" />
        <source>{n} new people</source>
        <translation>{n} personas nuevas</translation>
    </message>
    <message>
        <location line="-60" />
        <source>{n} merged</source>
        <translation>{n} por fusionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} skipped</source>
        <translation>{n} por omitir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} new entry from events</source>
        <translation>{n} entrada nueva de eventos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} new entries from events</source>
        <translation>{n} entradas nuevas de eventos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{people}; {entries}</source>
        <translation>{people}; {entries}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{added}, {updated} with the backup's newer version, {same}, {kept}.</source>
        <translation>{added}, {updated} con la versión más reciente de la copia, {same}, {kept}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} record to add</source>
        <translation>{n} registro por añadir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} records to add</source>
        <translation>{n} registros por añadir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} to update</source>
        <translation>{n} por actualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} the same</source>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} kept as this journal has it (newer)</source>
        <translation>{n} se conserva como está en este diario (más reciente)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} kept as this journal has them (newer)</source>
        <translation>{n} se conservan como están en este diario (más recientes)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{n} new</source>
        <translation>{n} por añadir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} updated</source>
        <translation>{n} por actualizar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}: {counts}.</source>
        <translation>{what}: {counts}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Merged the backup: {n} record added or updated.</source>
        <translation>Copia de seguridad fusionada: {n} registro añadido o actualizado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged the backup: {n} records added or updated.</source>
        <translation>Copia de seguridad fusionada: {n} registros añadidos o actualizados.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new}, merged {merged} with people already in the journal, {entries}.</source>
        <translation>Importado: {new}; fusionado con personas que ya estaban en el diario: {merged}; {entries}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>added {n} entry</source>
        <translation>{n} entrada añadida</translation>
    </message>
    <message>
        <location line="+0" />
        <source>added {n} entries</source>
        <translation>{n} entradas añadidas</translation>
    </message>
    <message>
        <location line="+41" />
        <source>A photo ({size} KB)</source>
        <translation>Una foto ({size} KB)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{size} bytes of data</source>
        <translation>{size} bytes de datos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+553" />
        <source>Contacts and calendars (*.vcf *.vcard *.ics *.csv *.json)</source>
        <translation>Contactos y calendarios (*.vcf *.vcard *.ics *.csv *.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vCard contacts (*.vcf *.vcard)</source>
        <translation>Contactos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LinkedIn or Google Contacts (*.csv)</source>
        <translation>LinkedIn o Google Contacts (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NetJournal backups (*.json)</source>
        <translation>Copias de seguridad de NetJournal (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location line="+18" />
        <source>Import Contacts, Calendars or a Backup</source>
        <translation>Importar contactos, calendarios o una copia de seguridad</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Reading the Files</source>
        <translation>Leyendo los archivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading {n} file…</source>
        <translation>Leyendo {n} archivo…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading {n} files…</source>
        <translation>Leyendo {n} archivos…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The Files Cannot Be Imported</source>
        <translation>No se pueden importar los archivos</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Merging the backup…</source>
        <translation>Fusionando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entry</source>
        <translation>{n} entrada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing {people} and {entries}…</source>
        <translation>Importando {people} y {entries}…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Importing {what}…</source>
        <translation>Importando {what}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The Import Failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{why}

Nothing was imported: the journal is as it was.</source>
        <translation>{why}

No se importó nada: el diario está como estaba.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="-560" />
        <location line="+49" />
        <location line="+336" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-357" />
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import Nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Import from {n} file</source>
        <translation>Importar de {n} archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import from {n} files</source>
        <translation>Importar de {n} archivos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing in the files could be read.</source>
        <translation>No se pudo leer nada de los archivos.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing has been written yet. A merge only adds what the journal does not have; nothing already in it is changed.</source>
        <translation>Aún no se ha escrito nada. Una fusión solo añade lo que el diario no tiene; no cambia nada de lo que ya hay.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>New ({n})</source>
        <translation>Nuevas ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+21" />
        <location line="+21" />
        <location line="+27" />
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+43" />
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="-35" />
        <source>No one in the files is new to the journal.</source>
        <translation>Nadie de los archivos es nuevo en el diario.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged ({n})</source>
        <translation>Fusionadas ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People merged with people already in the journal</source>
        <translation>Personas fusionadas con personas que ya están en el diario</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In the journal</source>
        <translation>En el diario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matched by</source>
        <translation>Coincide por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The merge adds</source>
        <translation>La fusión añade</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Person #{id}</source>
        <translation>Persona n.º {id}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No one in the files is already in the journal.</source>
        <translation>Nadie de los archivos está ya en el diario.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Skipped ({n})</source>
        <translation>Omitidos ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People and events skipped</source>
        <translation>Personas y eventos omitidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who or what</source>
        <translation>Quién o qué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(untitled event)</source>
        <translation>(evento sin título)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing is skipped.</source>
        <translation>No se omite nada.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entries ({n})</source>
        <translation>Entradas ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New entries from events</source>
        <translation>Entradas nuevas a partir de eventos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No event becomes a new entry.</source>
        <translation>Ningún evento se convierte en una entrada nueva.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Merge a NetJournal backup</source>
        <translation>Fusionar una copia de seguridad de NetJournal</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing has been written yet. Where both have changed a record, the newer version is kept.</source>
        <translation>Aún no se ha escrito nada. Si ambos han cambiado un registro, se conserva la versión más reciente.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the backup adds and updates, by kind</source>
        <translation>Qué añade y actualiza la copia de seguridad, por tipo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To update</source>
        <translation>Por actualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same</source>
        <translation>Iguales</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept (newer here)</source>
        <translation>Conservados (más recientes aquí)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup is empty.</source>
        <translation>La copia de seguridad está vacía.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Left out: rows that point to something neither the journal nor the backup holds.</source>
        <translation>Excluidos: filas que remiten a algo que no tienen ni el diario ni la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No record was changed on both sides: there is no conflict.</source>
        <translation>Ningún registro cambió en ambos lados: no hay conflictos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Records changed on both sides, with both versions</source>
        <translation>Registros cambiados en ambos lados, con las dos versiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In this journal</source>
        <translation>En este diario</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In the backup</source>
        <translation>En la copia de seguridad</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Kept (newer)</source>
        <translation>Conservada (más reciente)</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+1" />
        <source>Set aside (older)</source>
        <translation>Apartada (más antigua)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{n} problem reading the file: what could not be read is left out (see Problems).</source>
        <translation>{n} problema al leer el archivo: lo que no se pudo leer queda fuera (ver Problemas).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the file: what could not be read is left out (see Problems).</source>
        <translation>{n} problemas al leer el archivo: lo que no se pudo leer queda fuera (ver Problemas).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{n} problem reading the files: what could not be read is left out (see Problems).</source>
        <translation>{n} problema al leer los archivos: lo que no se pudo leer queda fuera (ver Problemas).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the files: what could not be read is left out (see Problems).</source>
        <translation>{n} problemas al leer los archivos: lo que no se pudo leer queda fuera (ver Problemas).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problems ({n})</source>
        <translation>Problemas ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What could not be read</source>
        <translation>Lo que no se pudo leer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where in it</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everything in the files could be read.</source>
        <translation>Se pudo leer todo lo que hay en los archivos.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>nothing in the files could be read.</source>
        <translation>no se pudo leer nada de los archivos.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the journal already holds all of it.</source>
        <translation>el diario ya lo tiene todo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing new to import: {why}</source>
        <translation>Nada nuevo que importar: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the Good Ones</source>
        <translation>Importar lo válido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merge the Backup</source>
        <translation>Fusionar la copia</translation>
    </message>
    <message>
        <location line="+41" />
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/network/insights.py" line="+33" />
        <source>Range of the charts</source>
        <translation>Intervalo de los gráficos</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The last %n months</source>
        <translation>
            <numerusform>El último %n mes</numerusform>
            <numerusform>Los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The last %n years</source>
        <translation>
            <numerusform>El último %n año</numerusform>
            <numerusform>Los últimos %n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Months are calendar months where you are; a term is a third of the academic year: September to December, January to April, May to August.</source>
        <translation>Los meses son meses naturales donde estás; un periodo es un tercio del curso académico: de septiembre a diciembre, de enero a abril y de mayo a agosto.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Interactions per month</source>
        <translation>Interacciones por mes</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+97" />
        <source>No interactions logged yet</source>
        <translation>Aún no hay interacciones registradas</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+88" />
        <source>&amp;Log an interaction</source>
        <translation>&amp;Registrar una interacción</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Sessions against the agreed cadence</source>
        <translation>Sesiones frente a la frecuencia acordada</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No active, paused or completed mentorships in this range</source>
        <translation>No hay mentorías activas, en pausa ni completadas en este intervalo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Goals achieved per term</source>
        <translation>Objetivos logrados por periodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goals achieved in these terms</source>
        <translation>No se lograron objetivos en estos periodos</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{month}: {count}</source>
        <translation>{month}: {count}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{total} in {months}; the most in {month} ({count}).</source>
        <translation>{total} en {months}; la mayoría en {month} ({count}).</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No interactions logged in these months</source>
        <translation>No hay interacciones registradas en estos meses</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 interaction</source>
        <translation>1 interacción</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>no cadence agreed</source>
        <translation>sin frecuencia acordada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} expected {cadence}</source>
        <translation>{n} previstas ({cadence})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last on {day}</source>
        <translation>la última el {day}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} ({role}, {status}), {since} to {until}: {held} held, {expected}; {last}.</source>
        <translation>{name} ({role}, {status}), del {since} al {until}: {held} realizadas, {expected}; {last}.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{count}; {behind} behind the cadence agreed.</source>
        <translation>{count}; {behind} por detrás de la frecuencia acordada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 mentorship</source>
        <translation>1 mentoría</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n mentorships</source>
        <translation>
            <numerusform>%n mentoría</numerusform>
            <numerusform>%n mentorías</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Expected</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sessions held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <location line="+11" />
        <source>1 goal</source>
        <translation>1 objetivo</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n goals</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{term}: {count}</source>
        <translation>{term}: {count}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} in {terms}.</source>
        <translation>{count} en {terms}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 goal achieved</source>
        <translation>1 objetivo logrado</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goals achieved</source>
        <translation>
            <numerusform>%n objetivo logrado</numerusform>
            <numerusform>%n objetivos logrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n terms</source>
        <translation>
            <numerusform>%n periodo</numerusform>
            <numerusform>%n periodos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Achieved</source>
        <translation>Logrados</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{first}–{last} {year}</source>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the Chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The chart could not be written to {path}.</source>
        <translation>No se pudo escribir el gráfico en {path}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../ui/interchange/worker.py" line="+198" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Something went wrong: {what}</source>
        <translation>Algo salió mal: {what}</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <location filename="../../ui/security/problem.py" line="+66" />
        <source>The Journal Cannot Be Opened</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{name} cannot be opened</source>
        <translation>No se puede abrir {name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Start a New Journal Here</source>
        <translation>&amp;Empezar un diario nuevo aquí</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Open Another File…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{relative}, {date} {time}</source>
        <translation>{relative}, {date} {time}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was changed. You can restore the latest backup, {name} (made {when}): the file as it is now is kept aside in the backups folder, not overwritten. Or open another journal file.</source>
        <translation>No se cambió nada. Puedes restaurar la última copia de seguridad, {name} (hecha {when}): el archivo tal como está ahora se aparta en la carpeta de copias de seguridad, sin sobrescribirlo. O abre otro archivo de diario.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was changed. If the folder is on a disk that is not connected, connect it and start NetJournal again. Or open another journal file, or start a new, empty journal at {path}.</source>
        <translation>No se cambió nada. Si la carpeta está en un disco que no está conectado, conéctalo y vuelve a abrir NetJournal. O abre otro archivo de diario, o empieza un diario nuevo y vacío en {path}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing was changed, and there is no backup of it to restore. You can open another journal file, or move this one aside and start NetJournal again to begin a new journal.</source>
        <translation>No se cambió nada, y no hay ninguna copia de seguridad suya que restaurar. Puedes abrir otro archivo de diario, o apartar este y volver a abrir NetJournal para empezar un diario nuevo.</translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <location filename="../../ui/security/session.py" line="+177" />
        <source>The Journal Is Open Elsewhere</source>
        <translation>El diario está abierto en otro lugar</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The folder {folder} cannot be made: {why}.</source>
        <translation>No se puede crear la carpeta {folder}: {why}.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>{path} is encrypted, or it is not a NetJournal file.</source>
        <translation>{path} está cifrado o no es un archivo de NetJournal.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the passphrase.</source>
        <translation>Escribe la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The automatic backup failed: {why}</source>
        <translation>La copia de seguridad automática falló: {why}</translation>
    </message>
    <message>
        <location line="+121" />
        <source>{backup} is the journal now.</source>
        <translation>{backup} es ahora el diario.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal as it was is kept in {kept}.</source>
        <translation>El diario tal como estaba se conserva en {kept}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup Restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+3" />
        <source>No Backup Made</source>
        <translation>No se hizo ninguna copia de seguridad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad escrita en {path}</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+33" />
        <source>Nothing Restored</source>
        <translation>No se restauró nada</translation>
    </message>
    <message>
        <location line="-32" />
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore This Backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{backup} becomes the journal. The journal as it is now is kept in the backups folder, and the window opens again on the restored journal.</source>
        <translation>{backup} pasa a ser el diario. El diario tal como está ahora se conserva en la carpeta de copias de seguridad, y la ventana se vuelve a abrir con el diario restaurado.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Journal Encrypted</source>
        <translation>Diario cifrado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The journal is encrypted now. Keep the passphrase safe: without it nobody can read the journal, you included.</source>
        <translation>El diario ya está cifrado. Guarda bien la frase de contraseña: sin ella nadie puede leer el diario, ni siquiera tú.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n of its backups are encrypted too.</source>
        <translation>
            <numerusform>%n de sus copias de seguridad también está cifrada.</numerusform>
            <numerusform>%n de sus copias de seguridad también están cifradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>The journal has its new passphrase; the old one no longer opens it.</source>
        <translation>El diario tiene su nueva frase de contraseña; la anterior ya no lo abre.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n of its backups have the new passphrase too.</source>
        <translation>
            <numerusform>%n de sus copias de seguridad también tiene la nueva frase de contraseña.</numerusform>
            <numerusform>%n de sus copias de seguridad también tienen la nueva frase de contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72" />
        <source>Left as they were: {left}.</source>
        <translation>Se dejaron como estaban: {left}.</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Passphrase Not Changed</source>
        <translation>Frase de contraseña sin cambiar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passphrase Changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Encryption Not Removed</source>
        <translation>Cifrado no quitado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Encryption Removed</source>
        <translation>Cifrado quitado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal is a plain file again: anyone who can read the file can read it. Its backups stay encrypted with the old passphrase.</source>
        <translation>El diario vuelve a ser un archivo sin cifrar: cualquiera que pueda leer el archivo puede leerlo. Sus copias de seguridad siguen cifradas con la frase de contraseña anterior.</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>The journal locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>El diario se bloquea tras %n minuto sin actividad.</numerusform>
            <numerusform>El diario se bloquea tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal does not lock by itself.</source>
        <translation>El diario no se bloquea solo.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing Changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <location line="+8" />
        <source>That is not the journal's passphrase; nothing was changed.</source>
        <translation>Esa no es la frase de contraseña del diario; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>{why} The journal was left as it was.</source>
        <translation>{why} El diario quedó como estaba.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Open a Journal</source>
        <translation>Abrir un diario</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NetJournal journals (*.db);;All files (*)</source>
        <translation>Diarios de NetJournal (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/shortcuts.py" line="+93" />
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dialogs and fields</source>
        <translation>Diálogos y campos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Move a milestone up or down</source>
        <translation>Subir o bajar un hito</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move through the rows</source>
        <translation>Moverse por las filas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First or last row</source>
        <translation>Primera o última fila</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the selected row</source>
        <translation>Abrir la fila seleccionada</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected tag or person from a field</source>
        <translation>Quitar de un campo la etiqueta o persona seleccionada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save and close a dialog</source>
        <translation>Guardar y cerrar un diálogo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a session, review or revision</source>
        <translation>Guardar una sesión, revisión o versión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close a dialog without saving; clear the search</source>
        <translation>Cerrar un diálogo sin guardar; borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add the first suggested person</source>
        <translation>Añadir la primera persona sugerida</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom the map in or out</source>
        <translation>Acercar o alejar el mapa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move the map</source>
        <translation>Mover el mapa</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the selected person or match</source>
        <translation>Abrir la persona o afinidad seleccionada</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step through a chart's bars</source>
        <translation>Recorrer las barras de un gráfico</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First or last bar of a chart</source>
        <translation>Primera o última barra de un gráfico</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by what it does or by its key</source>
        <translation>Filtrar por lo que hace o por su tecla</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find a shortcut:</source>
        <translation>&amp;Buscar un atajo:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+133" />
        <source>Journal sections</source>
        <translation>Secciones del diario</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/help/shortcuts.py" line="-153" />
        <location filename="../../ui/main_window.py" line="+1" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+1" />
        <source>Mentorships</source>
        <translation>Mentorías</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+55" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Registrar una interacción…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a meeting, a coffee, a call or a note (Ctrl+L)</source>
        <translation>Registrar una reunión, un café, una llamada o una nota (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reminders, backups, auto-lock, notifications, dates and the theme</source>
        <translation>Recordatorios, copias de seguridad, bloqueo automático, notificaciones, fechas y tema</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add contacts (vCard, LinkedIn, Google), calendar events or a backup</source>
        <translation>Añadir contactos (vCard, LinkedIn, Google), eventos de calendario o una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the journal as a backup, contacts, a calendar, spreadsheets or notes</source>
        <translation>Guardar el diario como copia de seguridad, contactos, calendario, hojas de cálculo o notas</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a copy of the journal into its backups folder</source>
        <translation>Escribir una copia del diario en su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put a backup in the journal's place; the journal as it is now is kept aside</source>
        <translation>Convertir una copia de seguridad en el diario; el diario tal como está ahora se aparta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Encrypt Journal…</source>
        <translation>&amp;Cifrar el diario…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protect the journal and its backups with a passphrase</source>
        <translation>Proteger el diario y sus copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the journal and its backups a new passphrase</source>
        <translation>Dar al diario y a sus copias de seguridad una nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Encr&amp;yption…</source>
        <translation>&amp;Quitar el cifrado…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the journal a plain file again</source>
        <translation>Volver a hacer del diario un archivo sin cifrar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lock Now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the journal and ask for its passphrase again ({shortcut})</source>
        <translation>Cerrar el diario y volver a pedir su frase de contraseña ({shortcut})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Lock &amp;After…</source>
        <translation>Bloqueo a&amp;utomático…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose how long without input before the journal locks</source>
        <translation>Elige cuánto tiempo sin actividad debe pasar antes de que el diario se bloquee</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search people and entries ({shortcut})</source>
        <translation>Buscar personas y entradas ({shortcut})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search people and entries</source>
        <translation>Buscar personas y entradas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New person, entry, goal or agreement</source>
        <translation>Nueva persona, entrada, objetivo o acuerdo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a person, an entry, a goal or an agreement</source>
        <translation>Añadir una persona, una entrada, un objetivo o un acuerdo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Entry</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every key NetJournal answers to</source>
        <translation>Todas las teclas a las que responde NetJournal</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show My Journal &amp;Folder</source>
        <translation>Mostrar la &amp;carpeta de mi diario</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the folder that holds the journal and its backups</source>
        <translation>Abrir la carpeta que contiene el diario y sus copias de seguridad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;About NetJournal</source>
        <translation>Acerca &amp;de NetJournal</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The version, the journal's file and the licences of what NetJournal uses</source>
        <translation>La versión, el archivo del diario y las licencias de lo que usa NetJournal</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The open journal: {path}</source>
        <translation>El diario abierto: {path}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Encrypted journal: lock now</source>
        <translation>Diario cifrado: bloquear ahora</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This journal is encrypted with a passphrase. Click to lock it now ({key}).</source>
        <translation>Este diario está cifrado con una frase de contraseña. Haz clic para bloquearlo ahora ({key}).</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Could not open {folder}; it holds the journal.</source>
        <translation>No se pudo abrir {folder}, la carpeta del diario.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../ui/network/matches.py" line="+396" />
        <source>Skills that meet: people who offer what your active goals need, people who look for what you offer, and contacts who could help each other (pairs who share a goal or a circle first).</source>
        <translation>Habilidades que se encuentran: personas que ofrecen lo que necesitan tus objetivos activos, personas que buscan lo que tú ofreces y contactos que podrían ayudarse entre sí (primero las parejas que comparten un objetivo o un círculo).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Matches</source>
        <translation>Afinidades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Three sections of matches, each with its reason; Enter opens the person</source>
        <translation>Tres secciones de afinidades, cada una con su motivo; Intro abre la persona</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+115" />
        <source>Open person</source>
        <translation>Abrir persona</translation>
    </message>
    <message>
        <location line="-113" />
        <source>Open the other person</source>
        <translation>Abrir la otra persona</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the goal</source>
        <translation>Abrir el objetivo</translation>
    </message>
    <message>
        <location line="+109" />
        <location line="+8" />
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Open them in Contacts (Enter)</source>
        <translation>Abrir en Contactos (Intro)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open the goal {title}</source>
        <translation>Abrir el objetivo {title}</translation>
    </message>
</context>
<context>
    <name>MeetingCadence</name>
    <message>
        <location filename="../../ui/mentorships/new_agreement.py" line="+52" />
        <source>No set rhythm</source>
        <translation>Sin frecuencia fija</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting cadence</source>
        <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meet every</source>
        <translation>Reunirse cada</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/goals/members.py" line="+62" />
        <source>Remove from this goal</source>
        <translation>Quitar de este objetivo</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Double-click to show {name} in Contacts</source>
        <translation>Doble clic para mostrar a {name} en Contactos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Role of {name}</source>
        <translation>Rol de {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove {name} from this goal</source>
        <translation>Quitar a {name} de este objetivo</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <location line="+16" />
        <source>Just you so far. Add the people you share this goal with.</source>
        <translation>Por ahora solo tú. Añade a las personas con quienes compartes este objetivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a person to this goal</source>
        <translation>Añadir una persona a este objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a name to add someone</source>
        <translation>Escribe un nombre para añadir a alguien</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Role of the person to add</source>
        <translation>Rol de la persona que vas a añadir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;as</source>
        <translation>&amp;como</translation>
    </message>
</context>
<context>
    <name>MenteesOverview</name>
    <message>
        <location filename="../../ui/mentorships/overview.py" line="+98" />
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whoever needs attention first; Enter opens the agreement</source>
        <translation>Primero quien necesita atención; Intro abre el acuerdo</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>11 months ago</source>
        <translation>hace 11 meses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue · 10 weeks</source>
        <translation>Vencido · 10 semanas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue action items</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You are not mentoring anyone yet</source>
        <translation>Todavía no eres mentor/a de nadie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When you agree to mentor someone, add the agreement with New agreement… in Agreements, with you as their mentor: they show here with their sessions, action items and goals.</source>
        <translation>Cuando aceptes ser mentor/a de alguien, añade el acuerdo con Nuevo acuerdo… en Acuerdos, contigo como mentor/a: aparecerá aquí con sus sesiones, tareas y objetivos.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n mentees</source>
        <translation>
            <numerusform>%n mentorado</numerusform>
            <numerusform>%n mentorados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>1 mentee</source>
        <translation>1 mentorado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 session overdue</source>
        <translation>1 sesión vencida</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions overdue</source>
        <translation>
            <numerusform>%n sesión vencida</numerusform>
            <numerusform>%n sesiones vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 action item overdue</source>
        <translation>1 tarea vencida</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items overdue</source>
        <translation>
            <numerusform>%n tarea vencida</numerusform>
            <numerusform>%n tareas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>nothing overdue</source>
        <translation>nada vencido</translation>
    </message>
</context>
<context>
    <name>MenteesTableModel</name>
    <message>
        <location filename="../../ui/models/mentees.py" line="+64" />
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue action items</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals in progress</source>
        <translation>Objetivos en curso</translation>
    </message>
</context>
<context>
    <name>Mentorships</name>
    <message>
        <location filename="../../ui/mentorships/agreement_dialog.py" line="-245" />
        <source>you are the mentor</source>
        <translation>eres el mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are the mentee</source>
        <translation>eres el mentorado/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are peers</source>
        <translation>entre pares</translation>
    </message>
    <message>
        <location line="+7" />
        <source>only proposed</source>
        <translation>solo propuesto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{what} was due on {date} ({relative})</source>
        <translation>{what} tocaba el {date} ({relative})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} is due on {date} ({relative})</source>
        <translation>{what} toca el {date} ({relative})</translation>
    </message>
    <message>
        <location line="+32" />
        <source>them</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shareable with {name}</source>
        <translation>Compartible con {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}: shareable with {name}</source>
        <translation>{what}: compartible con {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ticked, this goes into the summary you share with {name}; unticked, it stays in your journal only.</source>
        <translation>Si está marcado, va en el resumen que compartes con {name}; si no, se queda solo en tu diario.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
</context>
<context>
    <name>MentorshipsTab</name>
    <message>
        <location filename="../../ui/mentorships/tab.py" line="+144" />
        <source>Mentorship agreements</source>
        <translation>Acuerdos de mentoría</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grouped by my role: mentoring, being mentored, peers</source>
        <translation>Agrupados por mi rol: soy mentor/a, me mentorizan, entre pares</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Show agreements of status</source>
        <translation>Mostrar los acuerdos con el estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+20" />
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+104" />
        <source>Start a mentorship agreement (Ctrl+Shift+M)</source>
        <translation>Iniciar un acuerdo de mentoría (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Agreement details</source>
        <translation>Detalles del acuerdo</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Agreements</source>
        <translation>Acue&amp;rdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every agreement, grouped by your role, with its terms</source>
        <translation>Todos los acuerdos, agrupados por tu rol, con sus condiciones</translation>
    </message>
    <message>
        <location line="+4" />
        <source>My men&amp;tees</source>
        <translation>Mis men&amp;torados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My mentees</source>
        <translation>Mis mentorados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each mentee at a glance: sessions, overdue action items, goals</source>
        <translation>Cada mentorado de un vistazo: sesiones, tareas vencidas, objetivos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fin&amp;ding a mentor</source>
        <translation>&amp;Buscar mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding a mentor</source>
        <translation>Buscar mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential mentors and how each approach is going</source>
        <translation>Posibles mentores y cómo va cada acercamiento</translation>
    </message>
    <message>
        <location line="+26" />
        <source>New &amp;Agreement…</source>
        <translation>&amp;Nuevo acuerdo…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a &amp;Session…</source>
        <translation>Registrar una &amp;sesión…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vise Terms…</source>
        <translation>&amp;Modificar condiciones…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share a S&amp;ummary…</source>
        <translation>&amp;Compartir un resumen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Mentorship</source>
        <translation>&amp;Mentoría</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No agreements are {status}</source>
        <translation>Ningún acuerdo en estado «{status}»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose “Any status” above to see them all.</source>
        <translation>Elige «Cualquier estado» arriba para verlos todos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No mentorships yet</source>
        <translation>Todavía no hay mentorías</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreements with a mentor, a mentee or a peer are listed here, grouped by your role.</source>
        <translation>Aquí aparecen los acuerdos con un/a mentor/a, un/a mentorado/a o un par, agrupados por tu rol.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>every 2 weeks</source>
        <translation>cada 2 semanas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>11 months ago</source>
        <translation>hace 11 meses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 weeks ago</source>
        <translation>hace 3 semanas</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Select an agreement to read and edit it here.</source>
        <translation>Selecciona un acuerdo para leerlo y editarlo aquí.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Delete the agreement with {name}?</source>
        <translation>¿Eliminar el acuerdo con {name}?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its session or review stays in the journal as an entry.</source>
        <translation>Su sesión o revisión se queda en el diario como entrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Its %n sessions and reviews stay in the journal as entries.</source>
        <translation>
            <numerusform>Su %n sesión o revisión se queda en el diario como entrada.</numerusform>
            <numerusform>Sus %n sesiones y revisiones se quedan en el diario como entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>its history of revisions</source>
        <translation>su historial de versiones</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its action item</source>
        <translation>su tarea</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>its %n action items</source>
        <translation>
            <numerusform>su %n tarea</numerusform>
            <numerusform>sus %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>This deletes {what}.</source>
        <translation>Esto elimina {what}.</translation>
    </message>
    <message>
        <location line="+0" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete agreement</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Deleted the agreement with {name}</source>
        <translation>Acuerdo con {name} eliminado</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <location filename="../../ui/goals/milestones.py" line="+53" />
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove this milestone</source>
        <translation>Quitar este hito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move milestone up</source>
        <translation>Subir el hito</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move milestone down</source>
        <translation>Bajar el hito</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Milestone {n} done</source>
        <translation>Hito {n} cumplido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone {n}</source>
        <translation>Hito {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date of milestone {n}</source>
        <translation>Fecha límite del hito {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the due date of milestone {n}</source>
        <translation>Borrar la fecha límite del hito {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move milestone {n} up</source>
        <translation>Subir el hito {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move milestone {n} down</source>
        <translation>Bajar el hito {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove milestone {n}</source>
        <translation>Quitar el hito {n}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Reached {date}</source>
        <translation>Alcanzado el {date}</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location line="+20" />
        <source>No milestones yet: break the goal into steps below.</source>
        <translation>Todavía no hay hitos: divide el objetivo en pasos aquí abajo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A step on the way, e.g. “Ask for two letters”</source>
        <translation>Un paso en el camino, p. ej. «Pedir dos cartas de recomendación»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due date of the new milestone</source>
        <translation>Fecha límite del nuevo hito</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>MySkillsDialog</name>
    <message>
        <location filename="../../ui/goals/my_skills.py" line="+37" />
        <source>My skills</source>
        <translation>Mis habilidades</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can help others with, and what you are learning. Goals use them to say whom you could help and who could help you.</source>
        <translation>En qué puedes ayudar a otras personas y qué estás aprendiendo. Los objetivos las usan para indicar a quién podrías ayudar y quién podría ayudarte.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>I &amp;offer:</source>
        <translation>&amp;Ofrezco:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I &amp;look for:</source>
        <translation>&amp;Busco:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../../ui/network/map_view.py" line="+931" />
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <location line="+3" />
        <source>People linked by shared goals and mentorships. Wheel, + and − zoom; drag or arrow keys pan; Enter opens the person selected.</source>
        <translation>Personas unidas por objetivos compartidos y mentorías. La rueda, + y − hacen zoom; arrastra o usa las flechas para desplazarte; Intro abre la persona seleccionada.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit the Map</source>
        <translation>Ajustar el mapa</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Show people with the tag</source>
        <translation>Mostrar las personas con la etiqueta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the members of the goal</source>
        <translation>Mostrar los miembros del objetivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Goal:</source>
        <translation>Ob&amp;jetivo:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find on the map</source>
        <translation>Buscar en el mapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a person on the map</source>
        <translation>Buscar una persona en el mapa</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+60" />
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All shared goals</source>
        <translation>Todos los objetivos compartidos</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>Laying out %n people…</source>
        <translation>
            <numerusform>Colocando a %n persona…</numerusform>
            <numerusform>Colocando a %n personas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The map could not be drawn</source>
        <translation>No se pudo dibujar el mapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something went wrong while placing the people. Try again.</source>
        <translation>Algo salió mal al colocar a las personas. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Me: linked to %n people on the map</source>
        <translation>
            <numerusform>Yo: vínculos con %n persona del mapa</numerusform>
            <numerusform>Yo: vínculos con %n personas del mapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Showing {shown} of {total} people</source>
        <translation>Se muestran {shown} de {total} personas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The {shown} you talk with most are on the map; choose a tag or a goal to see the others.</source>
        <translation>En el mapa están las {shown} personas con quienes más hablas; elige una etiqueta o un objetivo para ver a las demás.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{counts} · laying out…</source>
        <translation>{counts} · colocando…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No tag</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <location line="+5" />
        <source>──  a shared goal</source>
        <translation>──  un objetivo compartido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>- - -  a mentorship</source>
        <translation>- - -  una mentoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Larger: you talk more often</source>
        <translation>Más grande: hablan más a menudo</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No one on the map with these filters</source>
        <translation>Nadie en el mapa con estos filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody with this tag shares a goal or a mentorship with you.</source>
        <translation>Nadie con esta etiqueta comparte contigo un objetivo o una mentoría.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No one on the map yet</source>
        <translation>Todavía no hay nadie en el mapa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People appear here once they share a goal with you or you have a mentorship with them.</source>
        <translation>Las personas aparecen aquí cuando comparten un objetivo contigo o tienes una mentoría con ellas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a shared goal</source>
        <translation>Añadir un objetivo compartido</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../ui/network/tab.py" line="+43" />
        <source>Network views</source>
        <translation>Vistas de la red</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give &amp;&amp; Get</source>
        <translation>Dar y recibir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches</source>
        <translation>Afinidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../ui/mentorships/new_agreement.py" line="+17" />
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type a name: someone in the journal, or someone new</source>
        <translation>Escribe un nombre: alguien del diario o alguien nuevo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+15" />
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A proposal is a draft: its terms change freely until you both agree. An active agreement keeps a history of every change.</source>
        <translation>Una propuesta es un borrador: sus condiciones cambian libremente hasta que ambos estén de acuerdo. Un acuerdo activo guarda un historial de cada cambio.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of a &amp;formal program</source>
        <translation>Parte de un programa &amp;formal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The program's name</source>
        <translation>El nombre del programa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My &amp;role:</source>
        <translation>Mi &amp;rol:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tarts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Meets:</source>
        <translation>Reu&amp;niones:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+1" />
        <source>Create agreement</source>
        <translation>Crear acuerdo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+36" />
        <source>New person: “{name}”</source>
        <translation>Nueva persona: «{name}»</translation>
    </message>
    <message>
        <location line="+28" />
        <source>“{name}” is new: they are added to Contacts with the agreement.</source>
        <translation>«{name}» es nuevo: se añade a Contactos con el acuerdo.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Pick “{name}” from the suggestions, or choose “New person: {name}”.</source>
        <translation>Escoge «{name}» entre las sugerencias o elige «Nueva persona: {name}».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say who the agreement is with.</source>
        <translation>Indica con quién es el acuerdo.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../ui/today/notifier.py" line="+51" />
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n people to get in touch with</source>
        <translation>
            <numerusform>%n persona con quien retomar el contacto</numerusform>
            <numerusform>%n personas con quienes retomar el contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions and reviews</source>
        <translation>
            <numerusform>%n sesión o revisión</numerusform>
            <numerusform>%n sesiones y revisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goal target dates</source>
        <translation>
            <numerusform>%n fecha límite de objetivo</numerusform>
            <numerusform>%n fechas límite de objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of your action items</source>
        <translation>
            <numerusform>%n tarea tuya</numerusform>
            <numerusform>%n tareas tuyas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items you are waiting on</source>
        <translation>
            <numerusform>%n tarea que esperas de otros</numerusform>
            <numerusform>%n tareas que esperas de otros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n goals to celebrate</source>
        <translation>
            <numerusform>%n objetivo por celebrar</numerusform>
            <numerusform>%n objetivos por celebrar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing needs you today.</source>
        <translation>Hoy nada requiere tu atención.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n things need you today</source>
        <translation>
            <numerusform>Hoy %n cosa requiere tu atención</numerusform>
            <numerusform>Hoy %n cosas requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>More than {count} things need you today</source>
        <translation>Hoy más de {count} cosas requieren tu atención</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, {count} of them overdue</source>
        <translation>, {count} de ellas vencidas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, more than {count} of them overdue</source>
        <translation>, más de {count} de ellas vencidas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{counted} or more</source>
        <translation>al menos {counted}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Session with {name}</source>
        <translation>Sesión con {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review of the mentorship with {name}</source>
        <translation>Revisión de la mentoría con {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow up “{title}” with {names}</source>
        <translation>Seguimiento de «{title}» con {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up “{title}”</source>
        <translation>Seguimiento de «{title}»</translation>
    </message>
    <message>
        <location line="+70" />
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Show NetJournal</source>
        <translation>&amp;Mostrar NetJournal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Today's Summary</source>
        <translation>&amp;Resumen de hoy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+21" />
        <source>NetJournal — Today</source>
        <translation>NetJournal — Hoy</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n things are due today</source>
        <translation>
            <numerusform>Hoy vence %n cosa</numerusform>
            <numerusform>Hoy vencen %n cosas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="-150" />
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear {what}</source>
        <translation>Borrar {what}</translation>
    </message>
</context>
<context>
    <name>OutreachEditor</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+166" />
        <location line="+27" />
        <source>Approach</source>
        <translation>Acercamiento</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove from the outreach list</source>
        <translation>Quitar de la lista de acercamiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take them off the outreach list (Del in the list)</source>
        <translation>Quitar de la lista de acercamiento (Supr en la lista)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Stage</source>
        <translation>Eta&amp;pa</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Date of the last step</source>
        <translation>Fecha del último paso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date of the ste&amp;p</source>
        <translation>&amp;Fecha del paso</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+3" />
        <source>Notes about the approach</source>
        <translation>Notas sobre el acercamiento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What you learned about them, who could introduce you, what to ask…</source>
        <translation>Lo que sabes de la persona, quién podría presentarte, qué preguntar…</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+11" />
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <location line="-8" />
        <source>NetJournal never sends anything: make the message your own, copy it, and send it yourself from your own mail or chat.</source>
        <translation>NetJournal nunca envía nada: haz tuyo el mensaje, cópialo y envíalo tú desde tu propio correo o chat.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the message to the clipboard</source>
        <translation>Copiar el mensaje al portapapeles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el mensaje al portapapeles (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reset to template</source>
        <translation>&amp;Restablecer plantilla</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset the message to the template</source>
        <translation>Restablecer el mensaje a la plantilla</translation>
    </message>
    <message>
        <location line="+216" />
        <source>Copied: paste it into your own mail or chat.</source>
        <translation>Copiado: pégalo en tu propio correo o chat.</translation>
    </message>
</context>
<context>
    <name>OutreachTableModel</name>
    <message>
        <location filename="../../ui/models/outreach.py" line="+47" />
        <source>waiting for {span}</source>
        <translation>esperando desde hace {span}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Potential mentor</source>
        <translation>Posible mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <location line="+61" />
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{stage} on {date}</source>
        <translation>{stage} el {date}</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+43" />
        <source>Potential mentors</source>
        <translation>Posibles mentores</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Contacted  waiting for 10 weeks</source>
        <translation>Contactado  esperando desde hace 10 semanas</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Add a potential mentor…</source>
        <translation>Añadir un posible mentor/a…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a potential mentor</source>
        <translation>Añadir un posible mentor/a</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add someone you would like to learn from (Ctrl+Shift+A)</source>
        <translation>Añade a alguien de quien te gustaría aprender (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Research first; then a short, respectful first message; then ask for a brief meeting.</source>
        <translation>Primero investiga; después, un primer mensaje breve y respetuoso; luego, pide una reunión corta.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Approach</source>
        <translation>Acercamiento</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Add a Potential Mentor…</source>
        <translation>&amp;Añadir un posible mentor/a…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Copy First Message</source>
        <translation>&amp;Copiar el primer mensaje</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Remove from List</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Outreach</source>
        <translation>&amp;Acercamiento</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No potential mentor matches “{text}”</source>
        <translation>Ningún posible mentor/a coincide con «{text}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in names, organizations, roles and notes.</source>
        <translation>La búsqueda mira en nombres, organizaciones, roles y notas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No potential mentors yet</source>
        <translation>Todavía no hay posibles mentores</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a potential mentor… (Ctrl+Shift+A): someone whose path you would like to learn from. Research them, draft a short first message here, ask for a brief meeting.</source>
        <translation>Añadir un posible mentor/a… (Ctrl+Shift+A): alguien de cuya trayectoria te gustaría aprender. Infórmate sobre la persona, redacta aquí un primer mensaje breve y pide una reunión corta.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Select a potential mentor to plan the approach here.</source>
        <translation>Selecciona un posible mentor/a para planificar aquí el acercamiento.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each potential mentor's approach shows here: the stage, your notes, and a first message to make your own and copy.</source>
        <translation>Aquí se muestra el acercamiento a cada posible mentor/a: la etapa, tus notas y un primer mensaje para hacerlo tuyo y copiarlo.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Removed {name} from the outreach list</source>
        <translation>{name} se ha quitado de la lista de acercamiento</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add the agreement?</source>
        <translation>¿Añadir el acuerdo?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} agreed to mentor you. Add a proposed agreement with them, to set out together what each of you expects, the goals, and how often you meet?</source>
        <translation>{name} ha aceptado ser tu mentor/a. ¿Añadir un acuerdo propuesto con esta persona, para fijar juntos lo que espera cada uno, los objetivos y cada cuánto se reúnen?</translation>
    </message>
    <message>
        <location line="+30" />
        <source>There is already an agreement with {name} ({status}): find it in Agreements.</source>
        <translation>Ya hay un acuerdo con {name} ({status}): lo encontrarás en Acuerdos.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A proposed agreement with {name} is in Agreements: set out its terms together.</source>
        <translation>En Acuerdos hay un acuerdo propuesto con {name}: fijen juntos sus condiciones.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/security/passphrase.py" line="+98" />
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Encrypt Journal</source>
        <translation>Cifrar el diario</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypt the journal with a passphrase</source>
        <translation>Cifrar el diario con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A good passphrase is a few unrelated words, four or more (“violet tram harbour lantern”): easy to remember, hard to guess. It needs at least {n} characters.</source>
        <translation>Una buena frase de contraseña son unas cuantas palabras sin relación, cuatro o más («violeta tranvía puerto farol»): fácil de recordar, difícil de adivinar. Necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Without the passphrase nobody can read the journal — you included.&lt;/b&gt; NetJournal cannot recover it: write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Sin la frase de contraseña nadie puede leer el diario, ni siquiera tú.&lt;/b&gt; NetJournal no puede recuperarla: anótala y guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The journal's backups are rewritten with the new passphrase too; the window closes and opens again while that is done.</source>
        <translation>Las copias de seguridad del diario también se reescriben con la nueva frase de contraseña; mientras tanto, la ventana se cierra y se vuelve a abrir.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same &amp;again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Show the passphrases as typed</source>
        <translation>&amp;Mostrar las frases al escribirlas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the passphrases as typed</source>
        <translation>Mostrar las frases al escribirlas</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Give the passphrase the journal has now.</source>
        <translation>Escribe la frase de contraseña que tiene ahora el diario.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That is not the journal's passphrase.</source>
        <translation>Esa no es la frase de contraseña del diario.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The two passphrases differ: type the new one again, exactly.</source>
        <translation>Las dos frases no coinciden: vuelve a escribir la nueva exactamente igual.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people.py" line="+70" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Organization &amp; role</source>
        <translation>Organización &amp; rol</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next check-in</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No contact logged yet</source>
        <translation>Aún no hay contactos registrados</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No keep-in-touch cadence set</source>
        <translation>Sin frecuencia de contacto fijada</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{status} · {when}</source>
        <translation>{status} · {when}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status}: check in by {date}</source>
        <translation>{status}: contactar a más tardar el {date}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="+79" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Log an interaction…</source>
        <translation>Registrar una interacción…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log an interaction with this person</source>
        <translation>Registrar una interacción con esta persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a meeting, a coffee, a call or a note (Ctrl+L)</source>
        <translation>Registra una reunión, un café, una llamada o una nota (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+15" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is me</source>
        <translation>Soy yo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is me, the journal's owner</source>
        <translation>Soy yo, quien lleva este diario</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your own card: nobody can have a mentorship with you, and you share every goal.</source>
        <translation>Tu propia ficha: nadie puede tener una mentoría contigo y compartes todos los objetivos.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emails, phones and links</source>
        <translation>Correos, teléfonos y enlaces</translation>
    </message>
    <message>
        <location line="+12" />
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When we met</source>
        <translation>Cuándo nos conocimos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tags and skills</source>
        <translation>Etiquetas y habilidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offers</source>
        <translation>Ofrece</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Looking for</source>
        <translation>Busca</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check in</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next check-in</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes (Markdown)</source>
        <translation>Notas (Markdown)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes in Markdown: **bold**, - lists, # headings</source>
        <translation>Notas en Markdown: **negrita**, - listas, # títulos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes preview</source>
        <translation>Vista previa de las notas</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+193" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="-191" />
        <source>Preview notes</source>
        <translation>Vista previa de las notas</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+3" />
        <source>Recent entries</source>
        <translation>Entradas recientes</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location line="+66" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No check-in planned</source>
        <translation>Ningún contacto previsto</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No entries with them yet.</source>
        <translation>Todavía no hay entradas con esta persona.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/network/map_view.py" line="-652" />
        <source>Selected person</source>
        <translation>Persona seleccionada</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>Open in Contacts</source>
        <translation>Abrir en Contactos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this person in Contacts (Enter on the map)</source>
        <translation>Abrir esta persona en Contactos (Intro en el mapa)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What the colours mean</source>
        <translation>Qué significan los colores</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Select someone on the map to see who they are and what links you.</source>
        <translation>Selecciona a alguien en el mapa para ver quién es y qué te une a esa persona.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message numerus="yes">
        <location line="-4" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What links you</source>
        <translation>Qué te une</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Me ({name})</source>
        <translation>Yo ({name})</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Linked to %n people on the map</source>
        <translation>
            <numerusform>Vínculos con %n persona del mapa</numerusform>
            <numerusform>Vínculos con %n personas del mapa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared goals</source>
        <translation>Objetivos compartidos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mentorships</source>
        <translation>Mentorías</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{relative} ({date})</source>
        <translation>{relative} ({date})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>I mentor them</source>
        <translation>Soy su mentor/a</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They mentor me</source>
        <translation>Es mi mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer mentorship</source>
        <translation>Mentoría entre pares</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shared goal</source>
        <translation>Objetivo compartido</translation>
    </message>
    <message>
        <location line="+16" />
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>with {names} and %n others</source>
        <translation>
            <numerusform>con {names} y %n persona más</numerusform>
            <numerusform>con {names} y %n personas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>and %n more tags</source>
        <translation>
            <numerusform>y %n etiqueta más</numerusform>
            <numerusform>y %n etiquetas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/entries/picker.py" line="+66" />
        <source>Any person</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type a name to add someone</source>
        <translation>Escribe un nombre para añadir a alguien</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected participants</source>
        <translation>Quitar los participantes seleccionados</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="-150" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“{name}” is not an image NetJournal can read.</source>
        <translation>«{name}» no es una imagen que NetJournal pueda leer.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>A photo of {name}</source>
        <translation>Una foto de {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/widgets/privacy.py" line="+36" />
        <source>Hidden while the privacy screen is on ({shortcut})</source>
        <translation>Oculto mientras la pantalla de privacidad está activada ({shortcut})</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Privacy Screen</source>
        <translation>&amp;Pantalla de privacidad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hide the notes of people and entries, sessions, reviews and outreach in every view, for working in public or sharing the screen; names, titles and dates stay ({shortcut})</source>
        <translation>Oculta las notas de personas y entradas, sesiones, revisiones y acercamientos en todas las vistas, para trabajar en público o compartir la pantalla; los nombres, títulos y fechas siguen visibles ({shortcut})</translation>
    </message>
</context>
<context>
    <name>RemoveEncryptionDialog</name>
    <message>
        <location filename="../../ui/security/passphrase.py" line="+36" />
        <source>Remove Encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove the journal's encryption?</source>
        <translation>¿Quitar el cifrado del diario?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The journal becomes a plain file again: anyone who can read the file can read every note in it. Its backups stay encrypted with the current passphrase: keep it to restore them.</source>
        <translation>El diario vuelve a ser un archivo sin cifrar: cualquiera que pueda leer el archivo podrá leer todas sus notas. Sus copias de seguridad siguen cifradas con la frase de contraseña actual: consérvala para poder restaurarlas.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Remove Encryption</source>
        <translation>&amp;Quitar el cifrado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Give the passphrase the journal has now.</source>
        <translation>Escribe la frase de contraseña que tiene ahora el diario.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>That is not the journal's passphrase.</source>
        <translation>Esa no es la frase de contraseña del diario.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/mentorships/review.py" line="+87" />
        <source>Edit review</source>
        <translation>Editar revisión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review the agreement</source>
        <translation>Revisar el acuerdo</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date of the review</source>
        <translation>Fecha de la revisión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What works</source>
        <translation>Qué funciona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What goes well and should stay (Markdown)</source>
        <translation>Lo que va bien y debe seguir (Markdown)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What should change; its first line is the reason of a revision</source>
        <translation>Lo que debería cambiar; su primera línea es el motivo de una nueva versión</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Optional: anything else (Markdown)</source>
        <translation>Opcional: cualquier otra cosa (Markdown)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+140" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="-134" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What &amp;works:</source>
        <translation>&amp;Qué funciona:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to &amp;change:</source>
        <translation>Qué &amp;cambiar:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing changes: the agreement goes on as it is.</source>
        <translation>Nada cambia: el acuerdo sigue tal como está.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Once saved, a revision of the terms opens next, with what to change as its reason.</source>
        <translation>Al guardar, se abre una nueva versión de las condiciones, con «qué cambiar» como motivo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agreement is paused until you set it back to active.</source>
        <translation>El acuerdo queda en pausa hasta que vuelvas a activarlo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agreement is completed: it ends on the day of this review.</source>
        <translation>El acuerdo se completa: termina el día de esta revisión.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This decision has already acted on the agreement, so it stays as it was.</source>
        <translation>Esta decisión ya se aplicó al acuerdo, así que se queda como estaba.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Plan the next review on</source>
        <translation>&amp;Planificar la próxima revisión el</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan the next review</source>
        <translation>Planificar la próxima revisión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date of the next review</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Untick it to plan no review; a closed agreement needs none.</source>
        <translation>Desmárcalo para no planificar ninguna revisión; un acuerdo cerrado no la necesita.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The review</source>
        <translation>La revisión</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A review keeps the date it was held on.</source>
        <translation>Una revisión conserva la fecha en que se hizo.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>them</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no active or paused agreement to review.</source>
        <translation>No hay ningún acuerdo activo o en pausa que revisar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review of the agreement with {name} · {facts}</source>
        <translation>Revisión del acuerdo con {name} · {facts}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the review</source>
        <translation>la revisión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Held on {date}</source>
        <translation>Hecha el {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only an active or paused agreement can be reviewed; the one with {name} is {status}.</source>
        <translation>Solo se puede revisar un acuerdo activo o en pausa; el acuerdo con {name} está {status}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private unless ticked: a shareable review (what works, what to change and the notes) goes into the summary you share with {name}; a private one never leaves the journal.</source>
        <translation>Privada salvo que la marques: una revisión compartible (qué funciona, qué cambiar y las notas) va en el resumen que compartes con {name}; una privada nunca sale del diario.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Pick the agreement to review.</source>
        <translation>Escoge el acuerdo que quieres revisar.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../../ui/mentorships/history.py" line="+47" />
        <source>Counterpart</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting cadence</source>
        <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I expect of them</source>
        <translation>Lo que espero de la otra persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they expect of me</source>
        <translation>Lo que espera de mí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boundaries and confidentiality</source>
        <translation>Límites y confidencialidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Not recorded</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Person #{id}, no longer in the journal</source>
        <translation>Persona n.º {id}, ya no está en el diario</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No set rhythm</source>
        <translation>Sin frecuencia fija</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Goal #{id}, no longer in the journal</source>
        <translation>Objetivo n.º {id}, ya no está en el diario</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status: {before} → {after}</source>
        <translation>Estado: {before} → {after}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status: {after}</source>
        <translation>Estado: {after}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terms revised</source>
        <translation>Condiciones modificadas</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location line="+18" />
        <source>Revisions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Revisions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Terms before and after the revision</source>
        <translation>Condiciones antes y después de la versión</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show &amp;unchanged terms</source>
        <translation>Mostrar las condiciones sin &amp;cambios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show unchanged terms</source>
        <translation>Mostrar las condiciones sin cambios</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Revision {number} · {date}
{what}</source>
        <translation>Versión {number} · {date}
{what}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>History of the agreement with {name}</source>
        <translation>Historial del acuerdo con {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How the agreement with {name} adapted</source>
        <translation>Cómo se ha adaptado el acuerdo con {name}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This agreement has no revisions yet.</source>
        <translation>Este acuerdo todavía no tiene versiones.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Term</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before (revision {n})</source>
        <translation>Antes (versión {n})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After (revision {n})</source>
        <translation>Después (versión {n})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The first revision: the terms as they were proposed.</source>
        <translation>La primera versión: las condiciones tal como se propusieron.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The first revision: the terms as they were agreed.</source>
        <translation>La primera versión: las condiciones tal como se acordaron.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{what} — no term changed.</source>
        <translation>{what} — ninguna condición cambió.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} — 1 term changed.</source>
        <translation>{what} — cambió 1 condición.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} — {count} terms changed.</source>
        <translation>{what} — cambiaron {count} condiciones.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{term} — changed</source>
        <translation>{term} — cambiada</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/mentorships/session.py" line="+50" />
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional: what the session was about</source>
        <translation>Opcional: de qué trató la sesión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The title heads whatever part of the session you mark shareable.</source>
        <translation>El título encabeza cualquier parte de la sesión que marques como compartible.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+11" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-11" />
        <source>What you meant to cover (Markdown)</source>
        <translation>Lo que querías tratar (Markdown)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-9" />
        <source>What was said (Markdown)</source>
        <translation>Lo que se dijo (Markdown)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+6" />
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="-5" />
        <source>What you take from it (Markdown)</source>
        <translation>Lo que te llevas (Markdown)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Goals discussed</source>
        <translation>Objetivos tratados</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;genda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ta&amp;keaways:</source>
        <translation>&amp;Conclusiones:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>G&amp;oals discussed</source>
        <translation>&amp;Objetivos tratados</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log session</source>
        <translation>Registrar sesión</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>them</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no agreement to log a session for: make one first.</source>
        <translation>No hay ningún acuerdo en el que registrar una sesión: crea uno primero.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Session with {name} · {facts}</source>
        <translation>Sesión con {name} · {facts}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the next session</source>
        <translation>la próxima sesión</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The agreement with {name} is {status}: no more sessions are logged for it. Set it back to active first.</source>
        <translation>El acuerdo con {name} está {status}: ya no se registran más sesiones en él. Vuelve a activarlo primero.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private notes never leave the journal: only the parts you mark shareable go into the summary you share with {name}.</source>
        <translation>Las notas privadas nunca salen del diario: solo las partes que marques como compartibles van en el resumen que compartes con {name}.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Pick the agreement this session belongs to.</source>
        <translation>Escoge el acuerdo al que pertenece esta sesión.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="+92" />
        <source>A keep-in-touch cadence is from {low} to {high} days (0 for none).</source>
        <translation>La frecuencia de contacto va de {low} a {high} días (0 para ninguna).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep from {low} to {high} daily backups.</source>
        <translation>Conserva de {low} a {high} copias de seguridad diarias.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep from {low} to {high} weekly backups.</source>
        <translation>Conserva de {low} a {high} copias de seguridad semanales.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after {low} to {high} minutes (0 for never).</source>
        <translation>El bloqueo automático va de {low} a {high} minutos (0 para nunca).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A week starts on a day from Monday to Sunday.</source>
        <translation>La semana empieza un día de lunes a domingo.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>“{key}” is not a setting of NetJournal.</source>
        <translation>«{key}» no es un ajuste de NetJournal.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose on or off.</source>
        <translation>Elige activado o desactivado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a time of day such as 09:00.</source>
        <translation>Indica una hora del día, como 09:00.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NetJournal speaks {languages}; leave it empty to follow the system.</source>
        <translation>NetJournal está disponible en {languages}; déjalo vacío para seguir el sistema.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose one of: {choices}.</source>
        <translation>Elige una opción: {choices}.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Keep at least one backup: with none kept daily or weekly, each day's backup would be deleted as soon as it is made.</source>
        <translation>Conserva al menos una copia de seguridad: si no se conserva ninguna diaria ni semanal, la copia de cada día se borraría nada más hacerse.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+59" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Save the settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep-in-touch cadence of a new person</source>
        <translation>Frecuencia de contacto de una persona nueva</translation>
    </message>
    <message>
        <location line="+0" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No cadence</source>
        <translation>Sin frecuencia</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A person you add starts with this keep-in-touch cadence; the people in the journal keep theirs.</source>
        <translation>Una persona que añadas empieza con esta frecuencia de contacto; las personas que ya están en el diario conservan la suya.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Keep in touch every:</source>
        <translation>&amp;Contactar cada:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily backups kept</source>
        <translation>Copias diarias que se conservan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;daily:</source>
        <translation>Conservar &amp;diarias:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekly backups kept</source>
        <translation>Copias semanales que se conservan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A backup is made the first time the journal opens each day, in the backups folder beside it: the newest days are kept, then one for each week before.</source>
        <translation>Se hace una copia de seguridad la primera vez que se abre el diario cada día, en la carpeta de copias que está junto a él: se conservan los días más recientes y, antes de eso, una por semana.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep &amp;weekly:</source>
        <translation>Conservar &amp;semanales:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes without input before locking</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location line="+0" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 for never</source>
        <translation>0 para nunca</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left alone this long, the journal closes and asks for its passphrase again.</source>
        <translation>Tras este tiempo sin uso, el diario se cierra y vuelve a pedir su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This journal is not encrypted, so locking only hides it: anyone who can read the file can read it. It protects an encrypted journal (File → Encrypt Journal…).</source>
        <translation>Este diario no está cifrado, así que bloquearlo solo lo oculta: cualquiera que pueda leer el archivo puede leerlo. El bloqueo protege un diario cifrado (Archivo → Cifrar el diario…).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show notifications while NetJournal runs</source>
        <translation>M&amp;ostrar notificaciones mientras NetJournal está abierto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the system tray; nothing leaves this computer.</source>
        <translation>En la bandeja del sistema; nada sale de este equipo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A daily s&amp;ummary at</source>
        <translation>Un &amp;resumen diario a las</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A daily summary</source>
        <translation>Un resumen diario</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Time of the daily summary</source>
        <translation>Hora del resumen diario</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A &amp;reminder when a session or follow-up is due</source>
        <translation>Un &amp;aviso cuando vence una sesión o un seguimiento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reminders when something is due</source>
        <translation>Avisos cuando algo vence</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First day of the week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As in the locale ({day})</source>
        <translation>Según la configuración regional ({day})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Weeks s&amp;tart on:</source>
        <translation>La semana &amp;empieza el:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How dates are written</source>
        <translation>Cómo se escriben las fechas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Short, as in the locale</source>
        <translation>Corta, según la configuración regional</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long, with the month's name</source>
        <translation>Larga, con el nombre del mes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISO 8601 (year-month-day)</source>
        <translation>ISO 8601 (año-mes-día)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>D&amp;ates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Light or dark</source>
        <translation>Claro u oscuro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+4" />
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of NetJournal</source>
        <translation>Idioma de NetJournal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A new language applies when NetJournal next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie NetJournal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Today reads {day}; a time, {moment}.</source>
        <translation>Hoy se escribe {day}; una hora, {moment}.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/today/tab.py" line="+558" />
        <source>Snooze until…</source>
        <translation>Posponer hasta…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring “{item}” back on:</source>
        <translation>Volver a mostrar «{item}» el:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The day it comes back</source>
        <translation>El día en que vuelve</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../ui/mentorships/summary.py" line="+135" />
        <source>I am the mentor; {name} is the mentee.</source>
        <translation>Yo soy el mentor/a; {name} es el mentorado/a.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is the mentor; I am the mentee.</source>
        <translation>{name} es el mentor/a; yo soy el mentorado/a.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} and I are peers: we learn from each other.</source>
        <translation>{name} y yo somos pares: aprendemos el uno del otro.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formal, through {program}</source>
        <translation>Formal, a través de {program}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>since {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>until {end}</source>
        <translation>hasta el {end}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next review:</source>
        <translation>Próxima revisión:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>We meet:</source>
        <translation>Nos reunimos:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No objectives written down yet.</source>
        <translation>Aún no hay objetivos por escrito.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>target date {date}</source>
        <translation>fecha límite {date}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not written down yet.</source>
        <translation>Aún no está por escrito.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No open action items.</source>
        <translation>No hay tareas pendientes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No notes are marked shareable.</source>
        <translation>Ninguna nota está marcada como compartible.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Our mentorship agreement with {name}</source>
        <translation>Nuestro acuerdo de mentoría con {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What we expect</source>
        <translation>Lo que esperamos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What I expect</source>
        <translation>Lo que espero yo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What {name} expects</source>
        <translation>Lo que espera {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boundaries and confidentiality</source>
        <translation>Límites y confidencialidad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open action items</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Mentorship agreement with {name}</source>
        <translation>Acuerdo de mentoría con {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mentorship agreement</source>
        <translation>Acuerdo de mentoría</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location line="+34" />
        <source>Summary to share with {name}</source>
        <translation>Resumen para compartir con {name}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The summary, as it will be shared</source>
        <translation>El resumen, tal como se compartirá</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as Markdown</source>
        <translation>Guardar como Markdown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the summary</source>
        <translation>Copiar el resumen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies it as Markdown, and formatted where pasted</source>
        <translation>Lo copia como Markdown, y con formato donde se pegue</translation>
    </message>
    <message>
        <location line="+39" />
        <source>1 private note was left out.</source>
        <translation>se ha omitido 1 nota privada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n private notes were left out.</source>
        <translation>
            <numerusform>se ha omitido %n nota privada.</numerusform>
            <numerusform>se han omitido %n notas privadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>this agreement has no private notes.</source>
        <translation>este acuerdo no tiene notas privadas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is exactly what will be shared with {name}. Only notes marked shareable are in it; {left_out}</source>
        <translation>Esto es exactamente lo que se compartirá con {name}. Solo incluye las notas marcadas como compartibles; {left_out}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save the summary as Markdown</source>
        <translation>Guardar el resumen como Markdown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could not save “{name}”: {reason}.</source>
        <translation>No se pudo guardar «{name}»: {reason}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../ui/timeline/tab.py" line="+70" />
        <location line="+1" />
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Filter by goal</source>
        <translation>Filtrar por objetivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter by mentorship</source>
        <translation>Filtrar por mentoría</translation>
    </message>
    <message>
        <location line="+8" />
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only entries from a date</source>
        <translation>Solo entradas desde una fecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>U&amp;ntil</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only entries until a date</source>
        <translation>Solo entradas hasta una fecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the timeline filters</source>
        <translation>Borrar los filtros de la cronología</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Goal:</source>
        <translation>Ob&amp;jetivo:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Mentorship:</source>
        <translation>&amp;Mentoría:</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Any goal</source>
        <translation>Cualquier objetivo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Any mentorship</source>
        <translation>Cualquier mentoría</translation>
    </message>
</context>
<context>
    <name>TimelineStreamModel</name>
    <message>
        <location filename="../../ui/models/stream.py" line="+42" />
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone reached</source>
        <translation>Hito alcanzado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal created</source>
        <translation>Objetivo creado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal achieved</source>
        <translation>Objetivo logrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement started</source>
        <translation>Acuerdo iniciado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement revised</source>
        <translation>Acuerdo modificado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement ended</source>
        <translation>Acuerdo terminado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action done</source>
        <translation>Tarea hecha</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <location line="+14" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With</source>
        <translation>Con</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline/tab.py" line="+65" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Upcoming&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próximamente&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronología&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete entry…</source>
        <translation>E&amp;liminar entrada…</translation>
    </message>
    <message>
        <location line="+181" />
        <location line="+7" />
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Delete this entry from the journal? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada del diario? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Nothing matches these filters</source>
        <translation>Nada coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more of the journal.</source>
        <translation>Quita uno o dos filtros para ver más del diario.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing matches “{text}”</source>
        <translation>Nada coincide con «{text}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in the notes of entries and the titles of the rest.</source>
        <translation>La búsqueda mira en las notas de las entradas y en los títulos de lo demás.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No entries yet</source>
        <translation>Todavía no hay entradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a meeting, a coffee, a call or a note and it appears here.</source>
        <translation>Registra una reunión, un café, una llamada o una nota y aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select an item to read it here.</source>
        <translation>Selecciona un elemento para leerlo aquí.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+24" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+20" />
        <source>Mentorship</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who helped</source>
        <translation>Quién ayudó</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+10" />
        <source>shareable</source>
        <translation>compartible</translation>
    </message>
    <message>
        <location line="+0" />
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+10" />
        <location line="+14" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What works</source>
        <translation>Qué funciona</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../ui/today/tab.py" line="-465" />
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sessions and reviews</source>
        <translation>Sesiones y revisiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal target dates</source>
        <translation>Fechas límite de objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My action items</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on others</source>
        <translation>A la espera de otros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To celebrate</source>
        <translation>Por celebrar</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{names} and %n others</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Follow-up from {kind}</source>
        <translation>Seguimiento de {kind}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up from {kind} with {names}</source>
        <translation>Seguimiento de {kind} con {names}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>keep in touch {cadence}</source>
        <translation>mantener el contacto {cadence}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last in touch {when}</source>
        <translation>último contacto {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not in touch yet</source>
        <translation>aún sin contacto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>you mentor them</source>
        <translation>eres su mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>they mentor you</source>
        <translation>es tu mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>peers</source>
        <translation>entre pares</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review of the agreement</source>
        <translation>Revisión del acuerdo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>last session {when}</source>
        <translation>última sesión {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no session yet</source>
        <translation>aún sin sesiones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>last review {when}</source>
        <translation>última revisión {when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Target date of this goal</source>
        <translation>Fecha límite de este objetivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target date of this goal ({category})</source>
        <translation>Fecha límite de este objetivo ({category})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent}% done</source>
        <translation>{percent}% hecho</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You said you would</source>
        <translation>Te comprometiste a hacerlo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You told {names} you would</source>
        <translation>Te comprometiste con {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{names} said they would</source>
        <translation>Compromiso de {names}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Theirs</source>
        <translation>De otra persona</translation>
    </message>
    <message>
        <location line="+3" />
        <source>toward “{goal}”</source>
        <translation>para «{goal}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Achieved: celebrate it with the people who shared it</source>
        <translation>Logrado: celébralo con las personas que lo compartieron</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n weeks overdue</source>
        <translation>
            <numerusform>%n semana de retraso</numerusform>
            <numerusform>%n semanas de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n months overdue</source>
        <translation>
            <numerusform>%n mes de retraso</numerusform>
            <numerusform>%n meses de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n years overdue</source>
        <translation>
            <numerusform>%n año de retraso</numerusform>
            <numerusform>%n años de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>achieved {when}</source>
        <translation>logrado {when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due {when}</source>
        <translation>vence {when}</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+7" />
        <location line="+2" />
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Clear the follow-up date: it has been followed up</source>
        <translation>Quitar la fecha de seguimiento: el seguimiento ya está hecho</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In &amp;Touch</source>
        <translation>En &amp;contacto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note that you were in touch today</source>
        <translation>Anotar que hoy estuviste en contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Held</source>
        <translation>&amp;Realizada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log the session as held now</source>
        <translation>Registrar la sesión como realizada ahora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the review</source>
        <translation>Escribir la revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Achieved</source>
        <translation>&amp;Logrado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mark the goal achieved today</source>
        <translation>Marcar el objetivo como logrado hoy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the action item done</source>
        <translation>Marcar la tarea como hecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Celebrate…</source>
        <translation>&amp;Celebrar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tell the people who shared the goal</source>
        <translation>Contárselo a quienes compartieron el objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do what the selected item asks</source>
        <translation>Hacer lo que pide el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+68" />
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location line="+2" />
        <source>and more than {count} more</source>
        <translation>y más de {count} más</translation>
    </message>
    <message numerus="yes">
        <location line="+538" />
        <source>%n things need you</source>
        <translation>
            <numerusform>%n cosa requiere tu atención</numerusform>
            <numerusform>%n cosas requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>More than {count} things need you</source>
        <translation>Más de {count} cosas requieren tu atención</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} overdue</source>
        <translation>{count} vencidas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>more than {count} overdue</source>
        <translation>más de {count} vencidas</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location line="-201" />
        <location line="+341" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="-305" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open what the item is about</source>
        <translation>Abrir aquello de lo que trata el elemento</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open what the item is about (Return)</source>
        <translation>Abrir aquello de lo que trata el elemento (Intro)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until &amp;Tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today until tomorrow</source>
        <translation>Quitarlo de Hoy hasta mañana</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For a &amp;Week</source>
        <translation>Durante una &amp;semana</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today for a week</source>
        <translation>Quitarlo de Hoy durante una semana</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Until a &amp;Date…</source>
        <translation>Hasta una &amp;fecha…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the day it comes back</source>
        <translation>Elegir el día en que vuelve</translation>
    </message>
    <message>
        <location line="+3" />
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today until its date changes</source>
        <translation>Quitarlo de Hoy hasta que cambie su fecha</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+273" />
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="-272" />
        <source>Snooze the selected item</source>
        <translation>Posponer el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the item out of Today for a while ({tomorrow}: until tomorrow)</source>
        <translation>Quitar el elemento de Hoy por un tiempo ({tomorrow}: hasta mañana)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Nothing needs you today</source>
        <translation>Hoy nada requiere tu atención</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up dates on entries, keep-in-touch cadences on people, mentorship sessions and reviews, goal target dates and action items with a due date show here when they fall due.</source>
        <translation>Las fechas de seguimiento de las entradas, las frecuencias de contacto de las personas, las sesiones y revisiones de mentoría, las fechas meta de los objetivos y las tareas con fecha límite aparecen aquí cuando vencen.</translation>
    </message>
    <message>
        <location line="+151" />
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Followed up “{title}”</source>
        <translation>Seguimiento hecho: «{title}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In touch with {title} today</source>
        <translation>Hoy en contacto con {title}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged a session with {title}</source>
        <translation>Sesión registrada con {title}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked “{title}” achieved</source>
        <translation>«{title}» marcado como logrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked “{title}” done</source>
        <translation>«{title}» marcado como hecho</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Snoozed “{title}” until {day}</source>
        <translation>«{title}» pospuesto hasta el {day}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dismissed “{title}”</source>
        <translation>«{title}» descartado</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location line="-473" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../ui/contacts/undo.py" line="+31" />
        <location line="+2" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+33" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-18" />
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/security/unlock.py" line="+86" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Other Options…</source>
        <translation>&amp;Otras opciones…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other options</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore a backup or open another journal file instead</source>
        <translation>Restaurar una copia de seguridad o abrir otro archivo de diario</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Passphrase of the Backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the Journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <source>{name} is encrypted</source>
        <translation>{name} está cifrado</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The journal is locked</source>
        <translation>El diario está bloqueado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>It was hidden after a while without input. It is not encrypted, so anyone who can read the file can read it: File → Encrypt Journal… protects it with a passphrase.</source>
        <translation>Se ocultó tras un rato sin actividad. No está cifrado, así que cualquiera que pueda leer el archivo puede leerlo: Archivo → Cifrar el diario… lo protege con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the passphrase the journal had when this backup was made; nothing is changed until it opens the backup.</source>
        <translation>Escribe la frase de contraseña que tenía el diario cuando se hizo esta copia; no se cambia nada hasta que se abra la copia.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It was closed after a while without input, or from File → Lock Now. Give its passphrase to show it again; what you were editing was saved.</source>
        <translation>Se cerró tras un rato sin actividad, o desde Archivo → Bloquear ahora. Escribe su frase de contraseña para volver a mostrarlo; lo que estabas editando se guardó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give its passphrase to open it; nothing is shown before.</source>
        <translation>Escribe su frase de contraseña para abrirlo; antes no se muestra nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Show the Journal</source>
        <translation>&amp;Mostrar el diario</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the passphrase.</source>
        <translation>Escribe la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <location filename="../../ui/timeline/upcoming.py" line="+17" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnect</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal target</source>
        <translation>Meta del objetivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action due</source>
        <translation>Tarea pendiente</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Upcoming</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+39" />
        <source>Overdue · {n} days</source>
        <translation>Vencido · {n} días</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Nothing coming up</source>
        <translation>Nada próximamente</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Overdue · 1 day</source>
        <translation>Vencido · 1 día</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../journal/archive.py" line="+145" />
        <source>The backup holds a table “{name}” this journal has not.</source>
        <translation>La copia de seguridad contiene una tabla «{name}» que este diario no tiene.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup's table “{name}” is out of its order.</source>
        <translation>La tabla «{name}» de la copia de seguridad está fuera de su orden.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../journal/imports.py" line="+410" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>A row of “{name}” in the backup has no uuid.</source>
        <translation>Una fila de «{name}» en la copia de seguridad no tiene uuid.</translation>
    </message>
    <message>
        <location filename="../../journal/entries.py" line="+31" />
        <location filename="../../journal/timeline.py" line="+91" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../journal/timeline.py" line="+3" />
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+172" />
        <location line="+25" />
        <location filename="../../journal/mentorships.py" line="+503" />
        <location line="+65" />
        <source>There is no entry #{entry_id} in the journal.</source>
        <translation>No hay ninguna entrada n.º {entry_id} en el diario.</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Entries cannot be sorted by “{sort}”.</source>
        <translation>Las entradas no se pueden ordenar por «{sort}».</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+156" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-93" />
        <source>An entry needs a title, some notes or a participant.</source>
        <translation>Una entrada necesita un título, alguna nota o un participante.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>An entry has no field called “{name}”.</source>
        <translation>Una entrada no tiene ningún campo llamado «{name}».</translation>
    </message>
    <message>
        <location line="+58" />
        <location filename="../../journal/imports.py" line="-252" />
        <location filename="../../journal/mentorships.py" line="+84" />
        <location line="+79" />
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/goals.py" line="+471" />
        <location filename="../../journal/imports.py" line="+2" />
        <location filename="../../journal/mentorships.py" line="-77" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/imports.py" line="+1" />
        <location filename="../../journal/mentorships.py" line="+5" />
        <location line="+83" />
        <location line="+116" />
        <location filename="../../journal/outreach.py" line="+78" />
        <location filename="../../journal/people.py" line="+34" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who helped whom</source>
        <translation>Quién ayudó a quién</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../journal/insights.py" line="+192" />
        <source>That is not an agreement of the journal.</source>
        <translation>Ese no es un acuerdo del diario.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../journal/goals.py" line="-21" />
        <source>There is no person #{id} in the journal.</source>
        <translation>No hay ninguna persona n.º {id} en el diario.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../journal/mentorships.py" line="+214" />
        <source>There is no goal #{id} in the journal.</source>
        <translation>No hay ningún objetivo n.º {id} en el diario.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../journal/mentorships.py" line="-908" />
        <location line="+124" />
        <location line="+107" />
        <location line="+221" />
        <location line="+145" />
        <source>There is no agreement #{agreement_id} in the journal.</source>
        <translation>No hay ningún acuerdo n.º {agreement_id} en el diario.</translation>
    </message>
    <message>
        <location filename="../../journal/files.py" line="+37" />
        <source>Nothing was changed. You can open another journal file, or move this one aside and start a new journal.</source>
        <translation>No se cambió nada. Puedes abrir otro archivo de diario, o apartar este y empezar un diario nuevo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was changed. The latest backup is {latest}: restore it with `netjournal restore {latest}`, or open another journal file.</source>
        <translation>No se cambió nada. La copia de seguridad más reciente es {latest}: restáurala con `netjournal restore {latest}`, o abre otro archivo de diario.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>There is no backup at {backup}.</source>
        <translation>No hay ninguna copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>That is the journal itself, not a backup of it.</source>
        <translation>Ese es el propio diario, no una copia de seguridad suya.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup {backup} is damaged ({problem}); the journal was left as it was.</source>
        <translation>La copia de seguridad {backup} está dañada ({problem}); el diario se quedó como estaba.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The copy of {backup} did not check out; nothing changed.</source>
        <translation>La copia de {backup} no superó la comprobación; no cambió nada.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The folder {folder} does not exist (a disk not connected, or moved?).</source>
        <translation>La carpeta {folder} no existe (¿un disco sin conectar, o se movió?).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} cannot be opened: {reason}.</source>
        <translation>No se puede abrir {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{what} If it is encrypted, give its passphrase.</source>
        <translation>{what} Si está cifrado, escribe su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../journal/generate.py" line="+1328" />
        <source>The numbers of people and entries cannot be negative.</source>
        <translation>El número de personas y de entradas no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entries need people to take part in them: ask for 1 person or more.</source>
        <translation>Las entradas necesitan personas que participen en ellas: pide 1 persona o más.</translation>
    </message>
    <message>
        <location filename="../../journal/goals.py" line="-396" />
        <location line="+46" />
        <location line="+72" />
        <location line="+76" />
        <location line="+45" />
        <location line="+48" />
        <location line="+20" />
        <location line="+55" />
        <source>There is no goal #{goal_id} in the journal.</source>
        <translation>No hay ningún objetivo n.º {goal_id} en el diario.</translation>
    </message>
    <message>
        <location line="-340" />
        <source>Goals cannot be sorted by “{sort}”.</source>
        <translation>Los objetivos no se pueden ordenar por «{sort}».</translation>
    </message>
    <message>
        <location line="+61" />
        <source>A goal needs a title.</source>
        <translation>Un objetivo necesita un título.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+192" />
        <location filename="../../journal/people.py" line="-3" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-187" />
        <location line="+14" />
        <location filename="../../journal/people.py" line="+245" />
        <location line="+2" />
        <location line="+29" />
        <location line="+172" />
        <location line="+5" />
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+324" />
        <source>The target date cannot be before the start date.</source>
        <translation>La fecha límite no puede ser anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="-315" />
        <source>The start date cannot be after the target date.</source>
        <translation>La fecha de inicio no puede ser posterior a la fecha límite.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+279" />
        <source>Achieved on</source>
        <translation>Logrado el</translation>
    </message>
    <message>
        <location line="-264" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose who you told, or close without celebrating.</source>
        <translation>Elige a quién se lo contaste, o cierra sin celebrarlo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{title}” is not achieved yet: celebrate it once it is.</source>
        <translation>«{title}» aún no se ha logrado: celébralo cuando se logre.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Only a deleted goal's snapshot can be restored.</source>
        <translation>Solo se puede restaurar la instantánea de un objetivo eliminado.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{title}” is already in the journal.</source>
        <translation>«{title}» ya está en el diario.</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+19" />
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+23" />
        <location filename="../../journal/mentorships.py" line="+161" />
        <location line="+50" />
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../journal/mentorships.py" line="+13" />
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A milestone's position must be a whole number.</source>
        <translation>La posición de un hito debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A milestone has no field called “{key}”.</source>
        <translation>Un hito no tiene ningún campo llamado «{key}».</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+35" />
        <source>There is no milestone #{milestone_id}.</source>
        <translation>No hay ningún hito n.º {milestone_id}.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>A new order must name every milestone of the goal exactly once.</source>
        <translation>Un orden nuevo debe nombrar cada hito del objetivo exactamente una vez.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>You share every goal of your journal already: add the people you share it with, not yourself.</source>
        <translation>Ya compartes todos los objetivos de tu diario: añade a las personas con quienes lo compartes, no a ti.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/mentorships.py" line="+102" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/mentorships.py" line="-1007" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A goal has no field called “{key}”.</source>
        <translation>Un objetivo no tiene ningún campo llamado «{key}».</translation>
    </message>
    <message>
        <location filename="../../journal/imports.py" line="-21" />
        <location filename="../../journal/people.py" line="-210" />
        <location line="+28" />
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/people.py" line="+15" />
        <location line="+242" />
        <location line="+9" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+23" />
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>how you met</source>
        <translation>cómo nos conocimos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <location line="+1" />
        <source>when you met</source>
        <translation>cuándo nos conocimos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+17" />
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 contact detail ({kinds})</source>
        <translation>1 dato de contacto ({kinds})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} contact details ({kinds})</source>
        <translation>{count} datos de contacto ({kinds})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>tag {names}</source>
        <translation>etiqueta {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tags {names}</source>
        <translation>etiquetas {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a photo</source>
        <translation>una foto</translation>
    </message>
    <message>
        <location line="+49" />
        <source>It has neither a name nor an email.</source>
        <translation>No tiene ni nombre ni correo.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The same person as {where} (same email): imported once.</source>
        <translation>La misma persona que en {where} (mismo correo): se importa una sola vez.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Already in the journal as {name}, with nothing new.</source>
        <translation>Ya está en el diario como {name}, sin nada nuevo.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>It has no title and no description.</source>
        <translation>No tiene título ni descripción.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The same event twice: imported once.</source>
        <translation>El mismo evento dos veces: se importa una sola vez.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An entry with this title at this time exists.</source>
        <translation>Ya existe una entrada con este título a esta hora.</translation>
    </message>
    <message>
        <location filename="../../journal/insights.py" line="-89" />
        <source>“{value}” is not a number of {what} from {low} to {high}.</source>
        <translation>«{value}» no es un número de {what} entre {low} y {high}.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That is not a person of the journal.</source>
        <translation>Esa no es una persona del diario.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The start of the range must be a date.</source>
        <translation>El inicio del intervalo debe ser una fecha.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>terms</source>
        <translation>periodos</translation>
    </message>
    <message>
        <location filename="../../journal/keys.py" line="+37" />
        <source>Give a passphrase.</source>
        <translation>Escribe una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A passphrase needs at least {PASSPHRASE_MIN} characters; a few words are easier to remember than a short password.</source>
        <translation>Una frase de contraseña necesita al menos {PASSPHRASE_MIN} caracteres; unas cuantas palabras son más fáciles de recordar que una contraseña corta.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A passphrase can have at most {PASSPHRASE_MAX} characters.</source>
        <translation>Una frase de contraseña puede tener como máximo {PASSPHRASE_MAX} caracteres.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Una frase de contraseña no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{path} is encrypted already; change its passphrase instead.</source>
        <translation>{path} ya está cifrado; cambia su frase de contraseña en su lugar.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted.</source>
        <translation>{path} no está cifrado.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted; encrypt it first.</source>
        <translation>{path} no está cifrado; cífralo primero.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new passphrase is the same as the old one.</source>
        <translation>La frase de contraseña nueva es igual que la anterior.</translation>
    </message>
    <message>
        <location filename="../../journal/mentorships.py" line="-10" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I expect</source>
        <translation>Lo que espero yo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they expect</source>
        <translation>Lo que espera de mí</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Boundaries and confidentiality</source>
        <translation>Límites y confidencialidad</translation>
    </message>
    <message>
        <location line="+6" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you mentor them</source>
        <translation>tú eres mentor/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>they mentor you</source>
        <translation>tú eres mentorado/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are peers</source>
        <translation>son pares</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An action item must be given as title, owner and due date.</source>
        <translation>Una tarea debe indicarse con título, responsable y fecha límite.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action item {n}</source>
        <translation>Tarea {n}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{label}: that is not an action item of the journal.</source>
        <translation>{label}: esa no es una tarea del diario.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Action item {n}: owner</source>
        <translation>Tarea {n}: responsable</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Action item {n}: due date</source>
        <translation>Tarea {n}: fecha límite</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Agreements cannot be sorted by “{sort}”.</source>
        <translation>Los acuerdos no se pueden ordenar por «{sort}».</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+818" />
        <source>The end date cannot be before the start date.</source>
        <translation>La fecha de fin no puede ser anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="-809" />
        <source>The start date cannot be after the end date.</source>
        <translation>La fecha de inicio no puede ser posterior a la fecha de fin.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+803" />
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="-801" />
        <source>over</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This agreement is {word}: its terms stay as they were. Set it back to active or proposed to change them.</source>
        <translation>Este acuerdo está {word}: sus condiciones se quedan como estaban. Vuelve a ponerlo como activo o propuesto para cambiarlas.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Say why the terms of an agreed mentorship change; the reason is kept with the revision.</source>
        <translation>Di por qué cambian las condiciones de una mentoría acordada; el motivo se guarda con la versión.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Only a deleted agreement's snapshot can be restored.</source>
        <translation>Solo se puede restaurar la instantánea de un acuerdo eliminado.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>That agreement is already in the journal.</source>
        <translation>Ese acuerdo ya está en el diario.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{value} is no longer in the journal, so the agreement cannot come back.</source>
        <translation>{value} ya no está en el diario, así que el acuerdo no puede volver.</translation>
    </message>
    <message>
        <location line="+197" />
        <source>The agreement with {person_name} is {status}: no more sessions are logged for it. Set it back to active first.</source>
        <translation>El acuerdo con {person_name} está {status}: ya no se registran sesiones para él. Vuelve a activarlo primero.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Action items must be given as a list.</source>
        <translation>Las tareas deben indicarse como una lista.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Action item #{action_id} is not one of this session's.</source>
        <translation>La tarea n.º {action_id} no es de esta sesión.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+111" />
        <source>What works</source>
        <translation>Qué funciona</translation>
    </message>
    <message>
        <location line="-106" />
        <location line="+113" />
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say what works or what to change before saving a review.</source>
        <translation>Di qué funciona o qué cambiar antes de guardar una revisión.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only an active or paused agreement can be reviewed; the one with {person_name} is {status}.</source>
        <translation>Solo se puede revisar un acuerdo activo o en pausa; el que tienes con {person_name} está {status}.</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Entry #{entry_id} is not a review of an agreement.</source>
        <translation>La entrada n.º {entry_id} no es una revisión de un acuerdo.</translation>
    </message>
    <message>
        <location line="+51" />
        <location line="+48" />
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="-45" />
        <location line="+49" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../interchange/vcard_export.py" line="+232" />
        <location line="+80" />
        <source>NetJournal writes vCard 4.0 or 3.0, not “{version}”.</source>
        <translation>NetJournal escribe vCard 4.0 o 3.0, no «{version}».</translation>
    </message>
    <message>
        <location line="-38" />
        <location filename="../../journal/mentorships.py" line="-38" />
        <location line="+101" />
        <location filename="../../journal/outreach.py" line="-26" />
        <location filename="../../journal/people.py" line="-458" />
        <location line="+234" />
        <location line="+30" />
        <location line="+55" />
        <location line="+23" />
        <source>There is no person #{person_id} in the journal.</source>
        <translation>No hay ninguna persona n.º {person_id} en el diario.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Photos left out, in a format other than PNG, JPEG, GIF or WebP: {count:,} (the first: {name}).</source>
        <translation>Fotos omitidas, en un formato distinto de PNG, JPEG, GIF o WebP: {count:,} (la primera: {name}).</translation>
    </message>
    <message>
        <location filename="../../journal/mentorships.py" line="-93" />
        <source>There is no agreement #{agreement_id}.</source>
        <translation>No hay ningún acuerdo n.º {agreement_id}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no entry #{entry_id}.</source>
        <translation>No hay ninguna entrada n.º {entry_id}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>An action item has no field called “{key}”.</source>
        <translation>Una tarea no tiene ningún campo llamado «{key}».</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+14" />
        <location line="+6" />
        <source>There is no action item #{action_id}.</source>
        <translation>No hay ninguna tarea n.º {action_id}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>An agreement needs someone other than you: {display_name} is marked as you in Contacts.</source>
        <translation>Un acuerdo necesita a alguien que no seas tú: {display_name} figura como tú en Contactos.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is already an active agreement with {name} in which {value}. Complete, pause or end that one first.</source>
        <translation>Ya hay un acuerdo activo con {name} en el que {value}. Complétalo, ponlo en pausa o termínalo primero.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Meeting cadence</source>
        <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Objectives must be given as a list of goals.</source>
        <translation>Los objetivos deben indicarse como una lista de objetivos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An agreement has no field called “{key}”.</source>
        <translation>Un acuerdo no tiene ningún campo llamado «{key}».</translation>
    </message>
    <message>
        <location line="+16" />
        <source>only proposed</source>
        <translation>solo propuesto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../journal/network.py" line="+152" />
        <source>The map shows between 1 and {MAX_LIMIT:,} people, not “{limit}”.</source>
        <translation>El mapa muestra entre 1 y {MAX_LIMIT:,} personas, no «{limit}».</translation>
    </message>
    <message>
        <location filename="../../journal/operations.py" line="+29" />
        <source>The journal {path} has been closed.</source>
        <translation>El diario {path} se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../../journal/outreach.py" line="-17" />
        <location line="+55" />
        <location line="+17" />
        <source>Person #{person_id} is not on the outreach list.</source>
        <translation>La persona n.º {person_id} no está en la lista de acercamiento.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date of the step</source>
        <translation>Fecha del paso</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{display_name} is marked as you: approach someone else.</source>
        <translation>{display_name} figura como tú: acércate a otra persona.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Only a removed outreach can be put back.</source>
        <translation>Solo se puede recuperar un acercamiento quitado.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{display_name} is no longer in the journal.</source>
        <translation>{display_name} ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../../journal/people.py" line="-426" />
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../interchange/limits.py" line="+46" />
        <source>The birthday “{text}” is not a date; it was left out.</source>
        <translation>El cumpleaños «{text}» no es una fecha; se omitió.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birthday “{text}” has no year; the journal keeps whole dates, so it was left out.</source>
        <translation>El cumpleaños «{text}» no tiene año; el diario guarda fechas completas, así que se omitió.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo: permiso denegado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It is not a regular file (a device, a pipe or a socket), so it is not read.</source>
        <translation>No es un archivo normal (es un dispositivo, una tubería o un socket), así que no se lee.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB.</source>
        <translation>El archivo es demasiado grande para importarlo: {size:,.1f} MB, como máximo {limit:,.1f} MB.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo: {reason}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too large to import: more than {limit:,.1f} MB (it grew while it was read).</source>
        <translation>El archivo es demasiado grande para importarlo: más de {limit:,.1f} MB (creció mientras se leía).</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The file could not be read on from row {row} (line {line}): {reason}.</source>
        <translation>No se pudo seguir leyendo el archivo a partir de la fila {row} (línea {line}): {reason}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{what} {day} is not a date the journal keeps (the years {first} to {last}); it was left out.</source>
        <translation>{what} {day} no es una fecha que el diario guarde (los años {first} a {last}); se omitió.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{label} was {length:,} characters long, more than the {limit:,} kept; it was cut.</source>
        <translation>{label}: {length:,} caracteres, más de los {limit:,} que se guardan; se recortó el texto.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The given name</source>
        <translation>El nombre de pila</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The family name</source>
        <translation>Los apellidos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The nickname</source>
        <translation>El apodo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The organization</source>
        <translation>La organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The role</source>
        <translation>El rol</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../journal/people.py" line="+2" />
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An email</source>
        <translation>Un correo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A phone number</source>
        <translation>Un número de teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A link</source>
        <translation>Un enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An address</source>
        <translation>Una dirección</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A contact method</source>
        <translation>Un dato de contacto</translation>
    </message>
    <message>
        <location line="+9" />
        <source>It has {count:,} emails, phones, links and addresses; the first {kept} were kept.</source>
        <translation>Tiene {count:,} correos, teléfonos, enlaces y direcciones; se conservaron los {kept} primeros.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A tag</source>
        <translation>Una etiqueta</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The location</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <location filename="../../journal/people.py" line="+1" />
        <source>Where we met</source>
        <translation>Dónde nos conocimos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A contact method needs a kind and a value, not “{method}”.</source>
        <translation>Un medio de contacto necesita un tipo y un valor, no «{method}».</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Contact kind</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>People cannot be sorted by “{sort}”.</source>
        <translation>Las personas no se pueden ordenar por «{sort}».</translation>
    </message>
    <message>
        <location line="+97" />
        <location line="+53" />
        <source>Keep-in-touch cadence</source>
        <translation>Frecuencia de contacto</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A person has no field called “{value}”.</source>
        <translation>Una persona no tiene ningún campo llamado «{value}».</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Only a deleted person's snapshot can be restored.</source>
        <translation>Solo se puede restaurar la instantánea de una persona eliminada.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{display_name} is already in the journal.</source>
        <translation>{display_name} ya está en el diario.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Outreach stage</source>
        <translation>Etapa del acercamiento</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This person is the counterpart of a mentorship agreement, so they cannot be you.</source>
        <translation>Esta persona es la contraparte de un acuerdo de mentoría, así que no puede ser tú.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Tag name</source>
        <translation>Nombre de la etiqueta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is already a tag called “{name}”.</source>
        <translation>Ya hay una etiqueta llamada «{name}».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no tag #{tag_id}.</source>
        <translation>No hay ninguna etiqueta n.º {tag_id}.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A person has no field called “{key}”.</source>
        <translation>Una persona no tiene ningún campo llamado «{key}».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Birthday cannot be in the future.</source>
        <translation>El cumpleaños no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The photo must be image data.</source>
        <translation>La foto debe ser una imagen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The photo is too large ({size_kb} KB); it must be scaled down below {limit_kb} KB first.</source>
        <translation>La foto es demasiado grande ({size_kb} KB); primero hay que reducirla a menos de {limit_kb} KB.</translation>
    </message>
    <message>
        <location filename="../../journal/timeline.py" line="-62" />
        <source>That is not a place in the timeline to continue from.</source>
        <translation>Ese no es un punto de la cronología desde el que continuar.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{kind}” is not a kind of thing in the timeline.</source>
        <translation>«{kind}» no es un tipo de elemento de la cronología.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>“{value}” is not a number of days or items.</source>
        <translation>«{value}» no es un número de días ni de elementos.</translation>
    </message>
    <message>
        <location filename="../../journal/today.py" line="+194" />
        <source>“{key}” is not an item of Today.</source>
        <translation>«{key}» no es un elemento de Hoy.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Today must be a date.</source>
        <translation>El día de hoy debe ser una fecha.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{limit}” is not a number of items from 1 to 1,000.</source>
        <translation>«{limit}» no es un número de elementos entre 1 y 1000.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A review is done by writing it: open it to say what works and what to change.</source>
        <translation>Una revisión se hace escribiéndola: ábrela para decir qué funciona y qué cambiar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A goal is celebrated with the people who shared it: open it to tell them.</source>
        <translation>Un objetivo se celebra con las personas que lo compartieron: ábrelo para contárselo.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only what `done` did can be undone.</source>
        <translation>Solo se puede deshacer lo que hizo `done`.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Snooze until a day after today.</source>
        <translation>Pospón hasta un día posterior a hoy.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>“{key}” is no longer in the journal.</source>
        <translation>«{key}» ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a snooze or a dismissal can be restored.</source>
        <translation>Solo se puede restaurar algo pospuesto o descartado.</translation>
    </message>
    <message>
        <location filename="../../journal/validate.py" line="+35" />
        <source>{label}: {value} is not a date the journal keeps (the years {FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>{label}: {value} no es una fecha que el diario guarde (los años {FIRST_YEAR} a {LAST_YEAR}).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{label} must be text.</source>
        <translation>{label}: debe ser texto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{label} is too long: {length:,} characters, at most {limit:,}.</source>
        <translation>{label}: texto demasiado largo ({length:,} caracteres; como máximo {limit:,}).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{label} contains a NUL character.</source>
        <translation>{label}: contiene un carácter NUL.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{label} contains U+{code:04X}, half of a character that cannot be stored; retype or remove it.</source>
        <translation>{label}: contiene U+{code:04X}, la mitad de un carácter que no se puede guardar; vuelve a escribirlo o quítalo.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{label} cannot be empty.</source>
        <translation>{label}: no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{label}: “{value}” is not a date that exists (expected YYYY-MM-DD).</source>
        <translation>{label}: «{value}» no es una fecha que exista (se esperaba AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{label} must be a date.</source>
        <translation>{label}: debe ser una fecha.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{label}: “{value}” is not a date and time that exists (expected YYYY-MM-DD HH:MM).</source>
        <translation>{label}: «{value}» no es una fecha y hora que exista (se esperaba AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{label} is required.</source>
        <translation>{label}: este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label} must be a date and time.</source>
        <translation>{label}: debe ser una fecha y hora.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{label} is required: one of {allowed}.</source>
        <translation>{label}: este campo es obligatorio; elige uno de {allowed}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label}: “{value}” is not one of {allowed}.</source>
        <translation>{label}: «{value}» no es ninguno de {allowed}.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{label} must be a whole number of days.</source>
        <translation>{label}: debe ser un número entero de días.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label}: debe estar entre 1 y {limit} días.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A page must hold at least one row, not {limit!r}.</source>
        <translation>Una página debe contener al menos una fila, no {limit!r}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{label} must be a whole number from 0 to 100.</source>
        <translation>{label}: debe ser un número entero de 0 a 100.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{label} names must be given as a list, not as one text.</source>
        <translation>{label}: los nombres deben indicarse como una lista, no como un solo texto.</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_export.py" line="+255" />
        <source>“{table}” is not a table NetJournal exports ({value}).</source>
        <translation>«{table}» no es una tabla que NetJournal exporte ({value}).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Choose at least one table to export.</source>
        <translation>Elige al menos una tabla para exportar.</translation>
    </message>
    <message>
        <location filename="../../interchange/filenames.py" line="+174" />
        <source>“{path}” is not a file name.</source>
        <translation>«{path}» no es un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{target}” is a folder; choose a file name inside it.</source>
        <translation>«{target}» es una carpeta; elige un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>“{target}” already exists; choose another name, or allow replacing it.</source>
        <translation>«{target}» ya existe; elige otro nombre o permite reemplazarlo.</translation>
    </message>
    <message>
        <location line="+56" />
        <location line="+170" />
        <source>“{target}” is not an ordinary file; it was left as it was.</source>
        <translation>«{target}» no es un archivo normal; se dejó como estaba.</translation>
    </message>
    <message>
        <location line="-162" />
        <source>The folder “{folder}” does not exist.</source>
        <translation>La carpeta «{folder}» no existe.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{target}” cannot be written: you do not have permission to write in “{folder}”.</source>
        <translation>No se puede escribir «{target}»: no tienes permiso para escribir en «{folder}».</translation>
    </message>
    <message>
        <location line="+19" />
        <source>“{folder}” is a file, not a folder.</source>
        <translation>«{folder}» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{folder}” cannot be written: you do not have permission to write there.</source>
        <translation>No se puede escribir en «{folder}»: no tienes permiso para escribir ahí.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>“{place}” is in the way: it is not a folder of this export.</source>
        <translation>«{place}» estorba: no es una carpeta de esta exportación.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>“{value}” would be written outside “{base}”; nothing was written there.</source>
        <translation>«{value}» se escribiría fuera de «{base}»; no se escribió nada ahí.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>“{folder}” already held 1 other thing; the export was written beside it and it was not changed or removed.</source>
        <translation>«{folder}» ya tenía 1 elemento más; la exportación se escribió a su lado y no se cambió ni se eliminó.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{folder}” already held {count:,} other things; the export was written beside them and none of them was changed or removed.</source>
        <translation>«{folder}» ya tenía otros {count:,} elementos; la exportación se escribió a su lado y ninguno se cambió ni se eliminó.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>The export was cancelled; no file was left half-written.</source>
        <translation>Se canceló la exportación; no quedó ningún archivo a medio escribir.</translation>
    </message>
    <message>
        <location filename="../../interchange/ics_export.py" line="+238" />
        <source>“{kind}” is not something a calendar can hold (one of {kinds}).</source>
        <translation>«{kind}» no es algo que un calendario pueda contener (uno de {kinds}).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The horizon must be a number of days from 0 to 3,660.</source>
        <translation>El horizonte debe ser un número de días de 0 a 3660.</translation>
    </message>
    <message>
        <location filename="../../interchange/jobs.py" line="+123" />
        <source>No file to import was given.</source>
        <translation>No se indicó ningún archivo para importar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} is a NetJournal backup: it is merged on its own. Import it by itself, then the other files.</source>
        <translation>{name} es una copia de seguridad de NetJournal: se combina por separado. Impórtala sola y luego los demás archivos.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>“{fmt}” is not a format NetJournal exports; choose one of {value}.</source>
        <translation>«{fmt}» no es un formato que NetJournal exporte; elige uno de {value}.</translation>
    </message>
    <message>
        <location filename="../../interchange/json_backup.py" line="+75" />
        <source>{name} is not a NetJournal backup (a JSON file written by `netjournal export json`).</source>
        <translation>{name} no es una copia de seguridad de NetJournal (un archivo JSON escrito por `netjournal export json`).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} was written by a newer NetJournal (backup format {value}); update NetJournal to read it.</source>
        <translation>{name} lo escribió una versión más reciente de NetJournal (formato de copia {value}); actualiza NetJournal para leerlo.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>{name}, line {line}: the backup is damaged or cut short there.</source>
        <translation>{name}, línea {line}: la copia de seguridad está dañada o cortada ahí.</translation>
    </message>
    <message>
        <location filename="../../interchange/markdown_export.py" line="+368" />
        <source>The number of entries per note must be from 0 to {MAX_ENTRIES:,}.</source>
        <translation>El número de entradas por nota debe estar entre 0 y {MAX_ENTRIES:,}.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{count:,} of the files to write already exist in “{root}” (the first is “{first}”); nothing was written. Allow replacing them, or choose another folder.</source>
        <translation>{count:,} de los archivos que se iban a escribir ya existen en «{root}» (el primero es «{first}»); no se escribió nada. Permite reemplazarlos o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../interchange/photos.py" line="+49" />
        <source>The photo is empty.</source>
        <translation>La foto está vacía.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The photo is too large: {size_mb:,.1f} MB, at most {limit_mb} MB.</source>
        <translation>La foto es demasiado grande: {size_mb:,.1f} MB, como máximo {limit_mb} MB.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo is not an image NetJournal can read.</source>
        <translation>La foto no es una imagen que NetJournal pueda leer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The photo is a {value} image; NetJournal reads JPEG, PNG, GIF, BMP and WebP photos.</source>
        <translation>La foto es una imagen {value}; NetJournal lee fotos JPEG, PNG, GIF, BMP y WebP.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The photo does not say its size; it is not read.</source>
        <translation>La foto no indica su tamaño; no se lee.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo is too large: {width:,} × {height:,} pixels; it is not decoded.</source>
        <translation>La foto es demasiado grande: {width:,} × {height:,} píxeles; no se decodifica.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo could not be decoded ({value}).</source>
        <translation>No se pudo decodificar la foto ({value}).</translation>
    </message>
    <message>
        <location filename="../../interchange/google_csv.py" line="+106" />
        <source>The first row is not the header of a Google Contacts export (First Name, … E-mail 1 - Value, Labels); the file was not read.</source>
        <translation>La primera fila no es la cabecera de una exportación de Google Contacts (First Name, … E-mail 1 - Value, Labels); el archivo no se leyó.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The photos of {count:,} contacts are links to Google's servers; NetJournal downloads nothing, so they were left out.</source>
        <translation>Las fotos de {count:,} contactos son enlaces a los servidores de Google; NetJournal no descarga nada, así que se omitieron.</translation>
    </message>
    <message>
        <location line="+112" />
        <location filename="../../interchange/vcard.py" line="+749" />
        <source>The birthday</source>
        <translation>El cumpleaños</translation>
    </message>
    <message>
        <location filename="../../interchange/ics.py" line="+52" />
        <source>The calendar is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB (a calendar is read whole, its time zones with it; split it into smaller files, by year for instance).</source>
        <translation>El calendario es demasiado grande para importarlo: {size:,.1f} MB, como máximo {limit:,.1f} MB (un calendario se lee entero, con sus zonas horarias; divídelo en archivos más pequeños, por ejemplo por años).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The file is cut short: it ends inside a {component}; what it holds up to its end was read.</source>
        <translation>El archivo está cortado: termina dentro de un componente {component}; se leyó lo que contiene hasta su final.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>It is not a calendar that can be read ({reason}).</source>
        <translation>No es un calendario que se pueda leer ({reason}).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The calendar “{title}” holds no events; nothing was imported from it.</source>
        <translation>El calendario «{title}» no contiene eventos; no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The calendar holds no events; nothing was imported from it.</source>
        <translation>El calendario no contiene eventos; no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The event could not be read ({reason}); it was left out.</source>
        <translation>No se pudo leer el evento ({reason}); se omitió.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No calendar (BEGIN:VCALENDAR) was found.</source>
        <translation>No se encontró ningún calendario (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The event “{title}” starts at “{start}”, which is not a date and time; it was left out.</source>
        <translation>El inicio del evento «{title}», «{start}», no es una fecha y hora; se omitió.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The event starts at “{start}”, which is not a date and time; it was left out.</source>
        <translation>El inicio del evento, «{start}», no es una fecha y hora; se omitió.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The event “{title}” has no start date and time; it was left out.</source>
        <translation>El evento «{title}» no tiene fecha y hora de inicio; se omitió.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The event has no start date and time; it was left out.</source>
        <translation>El evento no tiene fecha y hora de inicio; se omitió.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The {prop} could not be read ({reason}); it was left out.</source>
        <translation>No se pudo leer la propiedad {prop} ({reason}); se omitió.</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../interchange/vcard.py" line="-119" />
        <source>The line “{text}” could not be read; it was left out.</source>
        <translation>No se pudo leer la línea «{text}»; se omitió.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A line could not be read ({reason}); it was left out.</source>
        <translation>No se pudo leer una línea ({reason}); se omitió.</translation>
    </message>
    <message>
        <location filename="../../interchange/linkedin.py" line="+90" />
        <source>No header row of LinkedIn's connections (First Name, Last Name, … Connected On) was found in the file.</source>
        <translation>No se encontró en el archivo la fila de cabecera de las conexiones de LinkedIn (First Name, Last Name, … Connected On).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>“{text}” (Connected On) is not a date; the day you connected was left out.</source>
        <translation>«{text}» (Connected On) no es una fecha; se omitió el día de la conexión.</translation>
    </message>
    <message>
        <location filename="../../interchange/readers.py" line="+30" />
        <source>It is none of the files NetJournal imports: a vCard file (.vcf), a calendar (.ics), LinkedIn's Connections.csv, a Google Contacts CSV export or a NetJournal backup (.json).</source>
        <translation>No es ninguno de los archivos que NetJournal importa: un archivo vCard (.vcf), un calendario (.ics), el Connections.csv de LinkedIn, una exportación CSV de Google Contacts o una copia de seguridad de NetJournal (.json).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It is a CSV file, but neither LinkedIn's Connections.csv (with the columns First Name, Last Name, URL, Email Address, Company, Position, Connected On) nor a Google Contacts export (First Name, … E-mail 1 - Value, Labels).</source>
        <translation>Es un archivo CSV, pero no es ni el Connections.csv de LinkedIn (con las columnas First Name, Last Name, URL, Email Address, Company, Position, Connected On) ni una exportación de Google Contacts (First Name, … E-mail 1 - Value, Labels).</translation>
    </message>
    <message>
        <location filename="../../interchange/vcard.py" line="-544" />
        <source>The card could not be read ({reason}).</source>
        <translation>No se pudo leer la tarjeta ({reason}).</translation>
    </message>
    <message>
        <location line="+110" />
        <source>No card (BEGIN:VCARD … END:VCARD) was found in the file.</source>
        <translation>No se encontró ninguna tarjeta (BEGIN:VCARD … END:VCARD) en el archivo.</translation>
    </message>
    <message>
        <location line="+87" />
        <source>“{text}” is outside any card (BEGIN:VCARD … END:VCARD); it was skipped.</source>
        <translation>«{text}» está fuera de cualquier tarjeta (BEGIN:VCARD … END:VCARD); se omitió.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>“{text}” continues no line; it was skipped.</source>
        <translation>«{text}» no continúa ninguna línea; se omitió.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>its charset “{charset}” is unknown; it was read as UTF-8</source>
        <translation>su juego de caracteres «{charset}» es desconocido; se leyó como UTF-8</translation>
    </message>
    <message>
        <location line="+11" />
        <source>it is not UTF-8 and says no charset; it was read as Windows-1252</source>
        <translation>no es UTF-8 ni indica juego de caracteres; se leyó como Windows-1252</translation>
    </message>
    <message>
        <location line="+7" />
        <source>some of its bytes are not {charset} and were replaced by “{mark}”</source>
        <translation>algunos de sus bytes no son {charset} y se sustituyeron por «{mark}»</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The photo is a link ({link}), not a picture in the file; NetJournal downloads nothing, so it was left out.</source>
        <translation>La foto es un enlace ({link}), no una imagen dentro del archivo; NetJournal no descarga nada, así que se omitió.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photos of {count:,} cards (cards {shown}) are links, not pictures in the file; NetJournal downloads nothing, so they were left out.</source>
        <translation>Las fotos de {count:,} tarjetas (tarjetas {shown}) son enlaces, no imágenes dentro del archivo; NetJournal no descarga nada, así que se omitieron.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The card has no END:VCARD; it was read up to where the next card begins or the file ends.</source>
        <translation>La tarjeta no tiene END:VCARD; se leyó hasta donde empieza la siguiente tarjeta o termina el archivo.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The line “{text}” could not be read (it has no “:”); it was left out.</source>
        <translation>No se pudo leer la línea «{text}» (no tiene «:»); se omitió.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The line “{text}” begins or ends something inside the card; it was left out.</source>
        <translation>La línea «{text}» abre o cierra algo dentro de la tarjeta; se omitió.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The {prop} is binary data, not text; it was left out.</source>
        <translation>La propiedad {prop} contiene datos binarios, no texto; se omitió.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{prop}: {said}.</source>
        <translation>{prop}: {said}.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The line “{text}” was not read by the vCard parser; it was left out.</source>
        <translation>El analizador de vCard no leyó la línea «{text}»; se omitió.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The card could not be read: more than {count} broken lines.</source>
        <translation>No se pudo leer la tarjeta: más de {count} líneas dañadas.</translation>
    </message>
    <message>
        <location line="+122" />
        <source>The photo is not base64 data; it was left out.</source>
        <translation>La foto no está codificada en base64; se omitió.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo could not be read: its base64 data is broken or cut short; it was left out.</source>
        <translation>No se pudo leer la foto: sus datos base64 están dañados o cortados; se omitió.</translation>
    </message>
    <message>
        <location filename="../../journal/incoming.py" line="+23" />
        <source>{reason} It was left out.</source>
        <translation>{reason} Se omitió.</translation>
    </message>
    <message>
        <location filename="../../ui/errors_text.py" line="+29" />
        <source>card {n}</source>
        <translation>tarjeta {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row {n}</source>
        <translation>fila {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>event {n}</source>
        <translation>evento {n}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>line {n}</source>
        <translation>línea {n}</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="+73" />
        <source>{target} already exists; choose another name for the backup.</source>
        <translation>{target} ya existe; elige otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot back up to {target}: {reason}.</source>
        <translation>No se puede hacer la copia de seguridad en {target}: {reason}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The backup to {target} failed: {reason}.</source>
        <translation>La copia de seguridad en {target} falló: {reason}.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{path} was written by a newer NetJournal (schema version {version}; this program knows up to {known}). Update NetJournal to open it; the file has not been changed.</source>
        <translation>{path} lo escribió una versión más reciente de NetJournal (versión de esquema {version}; este programa conoce hasta la {known}). Actualiza NetJournal para abrirlo; el archivo no se ha cambiado.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is a database of another program, not a NetJournal journal; the file has not been changed.</source>
        <translation>{path} es una base de datos de otro programa, no un diario de NetJournal; el archivo no se ha cambiado.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Upgrading {path} to schema version {version} failed ({reason}). The journal was left as it was, at version {current}.</source>
        <translation>La actualización de {path} a la versión de esquema {version} falló ({reason}). El diario quedó como estaba, en la versión {current}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Upgrading {path} to schema version {version} failed ({reason}). The journal was left as it was, at version {current}; a copy made before upgrading is at {backup}.</source>
        <translation>La actualización de {path} a la versión de esquema {version} falló ({reason}). El diario quedó como estaba, en la versión {current}; hay una copia hecha antes de actualizar en {backup}.</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="+82" />
        <source>Today's backup could not be made in {folder}: {reason}.</source>
        <translation>No se pudo hacer la copia de seguridad de hoy en {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../store/crypto.py" line="+116" />
        <source>The new passphrase is the same as the old one; nothing changed.</source>
        <translation>La nueva frase de contraseña es igual que la anterior; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The journal could not be copied under its new key: {reason}.</source>
        <translation>No se pudo copiar el diario con su nueva clave: {reason}.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The copy under the new key does not pass SQLite's integrity check ({problem}); the journal was left as it was.</source>
        <translation>La copia con la nueva clave no pasa la comprobación de integridad de SQLite ({problem}); el diario quedó como estaba.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The copy under the new key does not hold every row of the journal; the journal was left as it was.</source>
        <translation>La copia con la nueva clave no contiene todas las filas del diario; el diario quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="+97" />
        <source>Cannot open {path}: {reason}.</source>
        <translation>No se puede abrir {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} is not a journal NetJournal can read: it is encrypted or not a SQLite file.</source>
        <translation>{path} no es un diario que NetJournal pueda leer: está cifrado o no es un archivo SQLite.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no journal at {path}.</source>
        <translation>No hay ningún diario en {path}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is a folder, not a journal file.</source>
        <translation>{path} es una carpeta, no un archivo de diario.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The passphrase does not open {path} (or it is not a NetJournal file).</source>
        <translation>La frase de contraseña no abre {path} (o no es un archivo de NetJournal).</translation>
    </message>
    <message>
        <location filename="../../store/maintenance.py" line="+54" />
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>la fila {row} de {table} remite a un {parent} que falta</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a row of {table} refers to a missing {parent}</source>
        <translation>una fila de {table} remite a un {parent} que falta</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the search index {name} is damaged: {reason}</source>
        <translation>el índice de búsqueda {name} está dañado: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="+74" />
        <source>The journal's folder {folder} cannot be written to (the lock file {lock} could not be made): the journal could not save anything there.</source>
        <translation>No se puede escribir en la carpeta del diario {folder} (no se pudo crear el archivo de bloqueo {lock}): el diario no podría guardar nada allí.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>process {pid} ({program}) on {host}</source>
        <translation>el proceso {pid} ({program}) en {host}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} is open elsewhere: in {holder}. Close it there first; two copies writing to one journal would get in each other's way. (The lock is {lock}.)</source>
        <translation>{name} está abierto en otro sitio: en {holder}. Ciérralo allí primero; dos copias escribiendo en un mismo diario se estorbarían. (El bloqueo es {lock}.)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/labels.py" line="+13" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Study session</source>
        <translation>Sesión de estudio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentoring session</source>
        <translation>Sesión de mentoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3" />
        <source>I helped</source>
        <translation>Yo ayudé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>They helped</source>
        <translation>Me ayudó</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We helped each other</source>
        <translation>Nos ayudamos mutuamente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scholarship</source>
        <translation>Beca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Internship</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Career</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Collaborator</source>
        <translation>Colaborador/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supporter</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Accountability partner</source>
        <translation>Compañero/a de compromiso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended early</source>
        <translation>Terminado antes</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Them</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Researched</source>
        <translation>Investigado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting planned</source>
        <translation>Reunión prevista</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep it as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adapt the terms</source>
        <translation>Adaptar las condiciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause it</source>
        <translation>Pausarlo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close it</source>
        <translation>Cerrarlo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What works</source>
        <translation>Qué funciona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="+290" />
        <source>The journal is not encrypted: File → Encrypt Journal… does it whenever you like.</source>
        <translation>El diario no está cifrado: Archivo → Cifrar el diario… lo cifra cuando quieras.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205" />
        <location line="+87" />
        <source>Welcome to NetJournal</source>
        <translation>Te damos la bienvenida a NetJournal</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Nothing leaves this computer: there is no account and no server, and NetJournal never connects to the network.</source>
        <translation>Nada sale de este equipo: no hay cuenta ni servidor, y NetJournal nunca se conecta a la red.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Encrypt the journal with a &amp;passphrase</source>
        <translation>Cifrar el diario con una &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypt the journal with a passphrase</source>
        <translation>Cifrar el diario con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without the passphrase nobody can read the file. You choose it next; you can also encrypt the journal later from File → Encrypt Journal…</source>
        <translation>Sin la frase de contraseña nadie puede leer el archivo. La eliges a continuación; también puedes cifrar el diario más tarde desde Archivo → Cifrar el diario…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start an &amp;Empty Journal</source>
        <translation>Empezar un diario &amp;vacío</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the people you learn with as you go.</source>
        <translation>Añade sobre la marcha a las personas con quienes aprendes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import Contacts or a Calendar…</source>
        <translation>&amp;Importar contactos o un calendario…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the journal from an export: a phone's contacts (vCard .vcf), LinkedIn's Connections.csv, a Google Contacts CSV or a calendar (.ics). You see what will be imported before anything is.</source>
        <translation>Empieza el diario a partir de una exportación: los contactos de un teléfono (vCard .vcf), el Connections.csv de LinkedIn, un CSV de Google Contacts o un calendario (.ics). Verás lo que se va a importar antes de importar nada.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Try the &amp;Demo Journal</source>
        <translation>Probar el diario de &amp;demostración</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Look around a sample journal in a temporary folder, deleted when you quit. Your own journal is not made yet, so this page shows again next time.</source>
        <translation>Explora un diario de ejemplo en una carpeta temporal, que se borra al salir. Tu propio diario aún no se crea, así que esta página volverá a aparecer la próxima vez.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit without making a journal</source>
        <translation>Salir sin crear un diario</translation>
    </message>
    <message>
        <location line="+15" />
        <source>NetJournal's icon</source>
        <translation>Icono de NetJournal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A private journal of the people you learn with: your contacts, the goals you share and your mentorships.</source>
        <translation>Un diario privado de las personas con quienes aprendes: tus contactos, los objetivos que compartes y tus mentorías.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Your journal will be one file on this computer:</source>
        <translation>Tu diario será un archivo en este equipo:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Where the journal will be</source>
        <translation>Dónde estará el diario</translation>
    </message>
</context>
<context>
    <name>WelcomeImportFlow</name>
    <message>
        <location line="+52" />
        <source>Contacts, calendars and backups (*.vcf *.vcard *.csv *.ics *.json)</source>
        <translation>Contactos, calendarios y copias de seguridad (*.vcf *.vcard *.csv *.ics *.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A phone's contacts, vCard (*.vcf *.vcard)</source>
        <translation>Contactos de un teléfono, vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LinkedIn Connections.csv (*.csv)</source>
        <translation>LinkedIn Connections.csv (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV de Google Contacts (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A calendar (*.ics)</source>
        <translation>Un calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A NetJournal backup (*.json)</source>
        <translation>Una copia de seguridad de NetJournal (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Import Your Contacts or Calendar</source>
        <translation>Importar tus contactos o tu calendario</translation>
    </message>
</context>
</TS>