export { createElement, useState, act } from 'react';
export { createRoot } from 'react-dom/client';
