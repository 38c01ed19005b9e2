; Inno Setup script for Windows: build the PyInstaller folder first, then run iscc on this file.
; Installs per user (no admin rights needed on locked-down municipal laptops).
#define AppVersion "0.1.0"

[Setup]
AppId={{6C2E7B0A-5C1D-4F0E-9B2B-ZORGDESK0001}
AppName=ZorgDesk
AppVersion={#AppVersion}
AppPublisher=ZorgDesk
DefaultDirName={localappdata}\Programs\ZorgDesk
DefaultGroupName=ZorgDesk
PrivilegesRequired=lowest
OutputBaseFilename=ZorgDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\zorgdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ZorgDesk"; Filename: "{app}\zorgdesk.exe"
Name: "{userdesktop}\ZorgDesk"; Filename: "{app}\zorgdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Snelkoppeling op het bureaublad"; Flags: unchecked

[Registry]
Root: HKCU; Subkey: "Software\Classes\.zorgdesk"; ValueType: string; ValueData: "ZorgDesk.Werkruimte"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\ZorgDesk.Werkruimte\shell\open\command"; ValueType: string; ValueData: """{app}\zorgdesk.exe"" open ""%1"""; Flags: uninsdeletekey
