<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>genlab::widgets::MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
    <message><source>&amp;New Project…</source><translation>&amp;Neues Projekt…</translation></message>
    <message><source>&amp;Open Project…</source><translation>Projekt ö&amp;ffnen…</translation></message>
    <message><source>Open &amp;Recent</source><translation>&amp;Zuletzt geöffnet</translation></message>
    <message><source>&amp;Save Project</source><translation>Projekt &amp;speichern</translation></message>
    <message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
    <message><source>&amp;View</source><translation>&amp;Ansicht</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Hilfe</translation></message>
    <message><source>&amp;Keyboard Shortcuts</source><translation>&amp;Tastenkürzel</translation></message>
    <message><source>&amp;About GenLab Studio</source><translation>Ü&amp;ber GenLab Studio</translation></message>
    <message><source>No jobs running</source><translation>Keine laufenden Aufträge</translation></message>
    <message numerus="yes"><source>%n job(s) running</source><translation><numerusform>%n Auftrag läuft</numerusform><numerusform>%n Aufträge laufen</numerusform></translation></message>
    <message><source>Device: %1</source><translation>Gerät: %1</translation></message>
</context>
<context>
    <name>genlab::widgets::JobsDock</name>
    <message><source>Jobs</source><translation>Aufträge</translation></message>
    <message><source>Cancel</source><translation>Abbrechen</translation></message>
    <message><source>Pause</source><translation>Anhalten</translation></message>
    <message><source>Resume</source><translation>Fortsetzen</translation></message>
    <message><source>Step</source><translation>Schritt</translation></message>
</context>
<context>
    <name>genlab::widgets::HomeLab</name>
    <message><source>Home</source><translation>Start</translation></message>
    <message><source>Labs</source><translation>Labore</translation></message>
    <message><source>Compute</source><translation>Rechnen</translation></message>
    <message><source>Measure again</source><translation>Erneut messen</translation></message>
</context>
<context>
    <name>genlab</name>
    <message><source>queued</source><translation>wartet</translation></message>
    <message><source>running</source><translation>läuft</translation></message>
    <message><source>paused</source><translation>angehalten</translation></message>
    <message><source>done</source><translation>fertig</translation></message>
    <message><source>failed</source><translation>fehlgeschlagen</translation></message>
    <message><source>canceled</source><translation>abgebrochen</translation></message>
</context>
</TS>
