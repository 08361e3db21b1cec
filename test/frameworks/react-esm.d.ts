export { createElement, useState, useEffect, useRef, act } from 'react';
export { createRoot } from 'react-dom/client';
